#!/usr/bin/env node
import { n as EMULATOR_COMMANDS, r as runCli } from './src-D4GJZdvm.js'

//#endregion
//#region src/cli.ts
/** `npay-sandbox`: every command of the emulator, plus the contract suites and the benchmark. */
runCli(
  {
    ...EMULATOR_COMMANDS,
    contracts: async () => (await import('./contracts-rGXuyLd3.js')).contracts,
    bench: async () => (await import('./bench-CCkNz4gz.js')).bench,
  },
  process.argv.slice(2),
).catch((error) => {
  console.error(`npay-sandbox: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
