import { type Command } from './types.js'
export declare const seed: Command
