#!/usr/bin/env node
/** `npay-sandbox`: every command of the emulator, plus the contract suites and the benchmark. */
import { runCli } from '@npay-sandbox/mock-server'
import { CLI_COMMANDS } from './commands/index.ts'

runCli(CLI_COMMANDS, process.argv.slice(2)).catch((error: unknown) => {
  console.error(`npay-sandbox: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
