/**
 * The commands of the `npay-sandbox` CLI: the emulator's own (start, seed, scenarios, run) and those of the
 * packages above it. This package sits on top of the layers, so it is the one place that may name them all.
 */
import { type CommandRegistry, EMULATOR_COMMANDS } from '@npay-sandbox/mock-server'

export const CLI_COMMANDS: CommandRegistry = {
  ...EMULATOR_COMMANDS,
  contracts: async () => (await import('./contracts.ts')).contracts,
  bench: async () => (await import('./bench.ts')).bench,
}
