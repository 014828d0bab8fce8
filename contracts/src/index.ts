/**
 * Contract suites of the Naver Pay partner API, written once against the typed client and run against
 * any target: the emulator in-process, behind MSW, over HTTP, or a real host with real credentials.
 * @example
 * import { createHttpTarget, runContracts } from '@npay-sandbox/contracts'
 * const target = await createHttpTarget()
 * try { console.log((await runContracts({ target })).summary) } finally { await target.close() }
 */

/**
 * Cassettes and drift.
 * @example
 * await writeCassettes('cassettes', report)
 * const drift = compareWithCassettes(await readCassettes('cassettes'), replay)
 * await writeDriftReport('contracts-report', drift)
 */
export { type Cassette, type Manifest, toCassette } from './cassettes/cassette.ts'
export { scrubExchanges } from './cassettes/scrubber.ts'
export { readCassettes, writeCassettes } from './cassettes/store.ts'
export { type CliIo, EXIT, runContractsCli } from './cli.ts'
export { CONTRACTS_USAGE } from './cli-options.ts'
export { type CompareOptions, compareWithCassettes, DEFAULT_MAX_AGE_DAYS } from './drift/compare.ts'
export { renderDriftMarkdown } from './drift/render-markdown.ts'
export type { CaseComparison, Difference, DifferenceKind, DriftReport } from './drift/types.ts'
export { writeDriftReport } from './drift/write-drift-report.ts'
export type { Exchange, Problem } from './exchange/types.ts'
/**
 * The API profiles of the suites: which operations each API has, where, and which cases are its contract.
 * @example const commerceCases = suitesFor(SUITES, 'commerce').flatMap((s) => s.cases)
 */
export { appliesTo, hasOperation, operationPath, suitesFor } from './profiles.ts'
export { buildFixtures } from './provider-states/build-fixtures.ts'
/**
 * Provider states, fixtures, and building states on an emulator.
 * @example const { productOrderId } = await buildOnEmulator(setup, 'a delivered product order with a return request')
 */
export { buildOnEmulator, type EmulatorSetup } from './provider-states/build-on-emulator.ts'
export {
  isProviderStateName,
  PROVIDER_STATES,
  type ProviderState,
  type ProviderStateName,
} from './provider-states/definitions.ts'
export { type Demand, fixtureCount, fixtureDemand } from './provider-states/fixture-demand.ts'
export { type FixtureEntry, type Fixtures, parseFixtures, readFixtures } from './provider-states/fixtures.ts'
/**
 * Reports and the command line.
 * @example process.exitCode = await runContractsCli(process.argv.slice(2), process.env)
 */
export { toJUnitXml } from './report/junit.ts'
export { writeRunReport } from './report/write-run-report.ts'
export { type RunOptions, runContracts, summarise } from './runner/run-contracts.ts'
export type { CaseProblem, CaseResult, Outcome, RunReport } from './runner/types.ts'
export {
  type CaseContext,
  type ContractCase,
  type ContractClient,
  defineSuite,
  type OperationName,
  type Suite,
} from './suite.ts'
/**
 * Suites and how to write one.
 * @example const ids = SUITES.flatMap((suite) => suite.cases.map((c) => `${suite.id}: ${c.name}`))
 */
export { SUITES } from './suites/index.ts'
/**
 * Targets: where a run sends its requests.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 */
export {
  createTarget,
  isTargetName,
  SANDBOX_ENV,
  TARGET_NAMES,
  type TargetFactoryOptions,
} from './targets/create-target.ts'
export { createHttpTarget } from './targets/http.ts'
export { createInprocessTarget, type EmulatorTargetOptions } from './targets/inprocess.ts'
export { createMswTarget } from './targets/msw.ts'
export { createSandboxTarget, DEFAULT_SANDBOX_PACE_MS, type SandboxTargetOptions } from './targets/sandbox.ts'
export type { Credentials, Target, TargetName } from './targets/types.ts'
