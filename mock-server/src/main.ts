/**
 * The emulator's own command line (`mock-server/bin/npay-sandbox.mjs`): start, seed, scenarios and run.
 * The `npay-sandbox` package's CLI is the same driver with contracts and bench added.
 */
import { runCli } from './cli.ts'
import { EMULATOR_COMMANDS } from './commands/index.ts'

runCli(EMULATOR_COMMANDS, process.argv.slice(2)).catch((error: unknown) => {
  console.error(`npay-sandbox: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
