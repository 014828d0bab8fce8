/** Every CLI command by name; a new command is one file here and one line below. */
import { bench } from './bench.ts'
import { contracts } from './contracts.ts'
import { run } from './run.ts'
import { scenarios } from './scenarios.ts'
import { seed } from './seed.ts'
import { start } from './start.ts'
import type { Command } from './types.ts'

export const COMMANDS: Record<string, Command> = {
  start,
  seed,
  scenarios,
  run,
  bench,
  contracts,
}
