/**
 * Korean fake-data builders, seeded with one number.
 * @example
 * import { KoreanFaker } from '@npay-sandbox/scenarios'
 * const order = new KoreanFaker(7).order({ items: 2 }) // a CreateOrderInput with names, 010 phones, road addresses
 */
export { type KoreanAddress, KoreanFaker } from './builders/fake.ts'
/**
 * Transition coverage: rows of the state table a merchant went through, and the report.
 * @example
 * import { coverageReport, formatCoverage, rowCounts } from '@npay-sandbox/scenarios'
 * console.log(formatCoverage(coverageReport(rowCounts([engine.tenant()]))))
 */
export {
  ACTION_ERROR_CODES,
  type CoverageReport,
  coverageReport,
  formatCoverage,
  type RowCoverage,
} from './coverage/report.ts'
export { errorCodesIn, mergeCounts, rowCounts } from './coverage/rows.ts'
/**
 * The canonical state export of a merchant (orders, product orders, history, change log).
 * @example
 * import { exportTenant } from '@npay-sandbox/scenarios'
 * writeFileSync('state.json', exportTenant(engine.tenant()))
 */
export { scenarioExample, scenarioExampleNames } from './examples.ts'
export { exportTenant } from './export.ts'
/**
 * The progress bar of long seeds (terminal: one line redrawn; logs: a line per tenth).
 * @example
 * import { progressBar } from '@npay-sandbox/scenarios'
 * const bar = progressBar(process.stderr, 'busy-shop', 10_000); bar.update(5_000); bar.done()
 */
export { type ProgressStream, progressBar } from './progress.ts'
export { scenarioFiles } from './runner/files.ts'
/**
 * QA scenario files: load, run against a target, report as text and JUnit XML.
 * @example
 * import { inProcessTarget, runScenarios, scenarioFiles } from '@npay-sandbox/scenarios'
 * const summary = await runScenarios(scenarioFiles(['scenarios/examples']), inProcessTarget(appFetch))
 * summary.coverage.percent // 100
 */
export type { Expectation, LoadedScenario, ScenarioFile, Step } from './runner/format.ts'
export { httpTarget, originOf } from './runner/http-target.ts'
export { inProcessTarget } from './runner/in-process-target.ts'
export { junitXml } from './runner/junit.ts'
export { loadScenario, parseScenario, ScenarioLoadError } from './runner/load.ts'
export { formatDifference, formatScenario, formatTotals } from './runner/report.ts'
export { type RunSummary, runScenarios } from './runner/run.ts'
export { runScenario, type ScenarioResult, type StepResult } from './runner/run-file.ts'
export { CALLABLE_OPERATIONS, callableOperations, SCENARIO_SCHEMA } from './runner/schema.ts'
export type { ScenarioSession, ScenarioTarget, SessionOptions } from './runner/session.ts'
/**
 * Drives product orders through the engine's transitions, as seeds do.
 * @example
 * import { KoreanFaker, SeedDriver } from '@npay-sandbox/scenarios'
 * const driver = new SeedDriver(engine, engine.tenant(), new KoreanFaker(1))
 * driver.apply('confirmProductOrders', driver.place({}).productOrderIds)
 */
export { type PlacedOrder, SeedDriver, type SeedStep, SeedStepError } from './seeds/driver.ts'
/**
 * The named seeds and how to apply one to a merchant of an engine.
 * @example
 * import { applySeed, SEEDS } from '@npay-sandbox/scenarios'
 * SEEDS.map((s) => s.name) // ['payment-waiting', …, 'busy-shop']
 * const { productOrderIds } = applySeed(engine, 'delivered', { count: 3, seed: 42 })
 */
export { type ApplySeedOptions, applySeed, findSeed, MAX_SEED_COUNT, SEEDS } from './seeds/registry.ts'
/**
 * A fresh deterministic engine with one seed applied.
 * @example
 * import { seedEngine } from '@npay-sandbox/scenarios'
 * const { engine, result } = seedEngine('busy-shop', { count: 1_000, seed: 3 })
 */
export { DEFAULT_SEED_START, type SeedEngineOptions, seedEngine } from './seeds/seed-engine.ts'
/**
 * Shapes of seed definitions and results.
 * @example
 * import type { SeedResult } from '@npay-sandbox/scenarios'
 * const ids = (r: SeedResult) => r.productOrderIds
 */
export type { SeedDefinition, SeedParam, SeedResult, StatePromise } from './seeds/types.ts'
