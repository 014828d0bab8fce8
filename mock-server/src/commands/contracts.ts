/**
 * `npay-sandbox contracts`: the contract suites live in the `contracts` package, which depends on this
 * one (its in-process, MSW and HTTP targets are this emulator). A dependency back from here would be a
 * cycle in the package graph, so the command finds the runner beside it in the workspace by path and
 * loads it only when the command runs; `start` and the other commands never load it.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from './types.ts'

const RUNNER = new URL('../../../contracts/src/cli.ts', import.meta.url)

/** The part of the contracts CLI module this command calls. */
interface ContractsRunner {
  runContractsCli(argv: string[], env: Readonly<Record<string, string | undefined>>): Promise<number>
}

const usage = `  npay-sandbox contracts [--target inprocess|msw|http|sandbox] [--record DIR] [--compare DIR] [--fixtures FILE]
                         [--allow-mutations] [--report DIR] [...]
      Run the contract suites against the emulator or a real host, record cassettes, report drift.
      npay-sandbox contracts --help lists every option; see contracts/README.md.`

export const contracts: Command = {
  summary: 'run the contract suites against a target; record and compare cassettes',
  usage,
  async run(argv) {
    if (!existsSync(fileURLToPath(RUNNER))) {
      throw new Error(
        'the contract suites (contracts/src/cli.ts) are not beside this emulator; run from the workspace',
      )
    }
    const runner = (await import(RUNNER.href)) as Partial<ContractsRunner>
    if (typeof runner.runContractsCli !== 'function')
      throw new Error(`${RUNNER.pathname} exports no runContractsCli`)
    // The CLI is the entry point, so it is where the environment is read; the suites only receive it.
    const code = await runner.runContractsCli(argv, process.env)
    // Exit now: a finished run must not wait for idle keep-alive sockets of the last requests.
    process.exit(code)
  },
}
