/** Every CLI command by name; a new command is one file here and one line below. */
import { start } from './start.ts'
import type { Command } from './types.ts'

export const COMMANDS: Record<string, Command> = {
  start,
}
