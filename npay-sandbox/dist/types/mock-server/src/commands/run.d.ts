import { type Command } from './types.js'
export declare const run: Command
