import { v as CONTRACTS_USAGE, a as runContractsCli, t as selfCommand } from './self-kyHtuLkF.js'

//#region src/commands/contracts.ts
/**
 * `npay-sandbox contracts`: the contract suites of the contracts package. The `http` target starts this
 * very CLI as the emulator process, so the installed package and the single executable test themselves.
 */
const contracts = {
  summary: 'run the contract suites against a target; record and compare cassettes',
  usage: CONTRACTS_USAGE,
  async run(argv) {
    const code = await runContractsCli(argv, process.env, void 0, { emulatorCommand: selfCommand() })
    process.exit(code)
  },
}

//#endregion
export { contracts }
