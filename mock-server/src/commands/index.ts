/**
 * Every CLI command by name; a new command is one line below. Commands load on demand, so starting the
 * emulator does not compile the seeders, the scenario runner, the contract suites or the benchmarks.
 */
import type { Command } from './types.ts'

export const COMMANDS: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start.ts')).start,
  seed: async () => (await import('./seed.ts')).seed,
  scenarios: async () => (await import('./scenarios.ts')).scenarios,
  run: async () => (await import('./run.ts')).run,
  contracts: async () => (await import('./contracts.ts')).contracts,
  bench: async () => (await import('./bench.ts')).bench,
}
