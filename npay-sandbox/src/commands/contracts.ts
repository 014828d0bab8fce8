/**
 * `npay-sandbox contracts`: the contract suites of the contracts package. The `http` target starts this
 * very CLI as the emulator process, so the installed package and the single executable test themselves.
 */
import { CONTRACTS_USAGE, runContractsCli } from '@npay-sandbox/contracts'
import type { Command } from '@npay-sandbox/mock-server'
import { selfCommand } from './self.ts'

export const contracts: Command = {
  summary: 'run the contract suites against a target; record and compare cassettes',
  usage: CONTRACTS_USAGE,
  async run(argv) {
    // The CLI is the entry point, so it is where the environment is read; the suites only receive it.
    const code = await runContractsCli(argv, process.env, undefined, { emulatorCommand: selfCommand() })
    // Exit now: a finished run must not wait for idle keep-alive sockets of the last requests.
    process.exit(code)
  },
}
