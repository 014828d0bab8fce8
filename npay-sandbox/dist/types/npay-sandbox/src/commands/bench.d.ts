import { type Command } from '../../../mock-server/src/index.js'
export declare const bench: Command
