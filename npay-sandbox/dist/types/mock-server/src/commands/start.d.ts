import { type Command } from './types.js'
export declare const start: Command
