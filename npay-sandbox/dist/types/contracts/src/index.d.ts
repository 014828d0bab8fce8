/**
 * Contract suites of the Naver Pay partner API, written once against the typed client and run against
 * any target: the emulator in-process, behind MSW, over HTTP, or a real host with real credentials.
 * @example
 * import { createHttpTarget, runContracts } from './index.js'
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
export { type Cassette, type Manifest, toCassette } from './cassettes/cassette.js'
export { scrubExchanges } from './cassettes/scrubber.js'
export { readCassettes, writeCassettes } from './cassettes/store.js'
export { type CliIo, EXIT, runContractsCli } from './cli.js'
export { CONTRACTS_USAGE } from './cli-options.js'
export { type CompareOptions, compareWithCassettes, DEFAULT_MAX_AGE_DAYS } from './drift/compare.js'
export { renderDriftMarkdown } from './drift/render-markdown.js'
export type { CaseComparison, Difference, DifferenceKind, DriftReport } from './drift/types.js'
export { writeDriftReport } from './drift/write-drift-report.js'
export type { Exchange, Problem } from './exchange/types.js'
export { buildFixtures } from './provider-states/build-fixtures.js'
/**
 * Provider states, fixtures, and building states on an emulator.
 * @example const { productOrderId } = await buildOnEmulator(setup, 'a delivered product order with a return request')
 */
export { buildOnEmulator, type EmulatorSetup } from './provider-states/build-on-emulator.js'
export {
  isProviderStateName,
  PROVIDER_STATES,
  type ProviderState,
  type ProviderStateName,
} from './provider-states/definitions.js'
export { type Demand, fixtureCount, fixtureDemand } from './provider-states/fixture-demand.js'
export { type FixtureEntry, type Fixtures, parseFixtures, readFixtures } from './provider-states/fixtures.js'
/**
 * Reports and the command line.
 * @example process.exitCode = await runContractsCli(process.argv.slice(2), process.env)
 */
export { toJUnitXml } from './report/junit.js'
export { writeRunReport } from './report/write-run-report.js'
export { type RunOptions, runContracts, summarise } from './runner/run-contracts.js'
export type { CaseProblem, CaseResult, Outcome, RunReport } from './runner/types.js'
export { type CaseContext, type ContractCase, defineSuite, type OperationName, type Suite } from './suite.js'
/**
 * Suites and how to write one.
 * @example const ids = SUITES.flatMap((suite) => suite.cases.map((c) => `${suite.id}: ${c.name}`))
 */
export { SUITES } from './suites/index.js'
/**
 * Targets: where a run sends its requests.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 */
export {
  createTarget,
  isTargetName,
  TARGET_NAMES,
  type TargetFactoryOptions,
} from './targets/create-target.js'
export { createHttpTarget } from './targets/http.js'
export { createInprocessTarget, type EmulatorTargetOptions } from './targets/inprocess.js'
export { createMswTarget } from './targets/msw.js'
export { createSandboxTarget, DEFAULT_SANDBOX_PACE_MS, type SandboxTargetOptions } from './targets/sandbox.js'
export type { Credentials, Target, TargetName } from './targets/types.js'
