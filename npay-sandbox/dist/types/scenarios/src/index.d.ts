/**
 * Korean fake-data builders, seeded with one number.
 * @example
 * import { KoreanFaker } from './index.js'
 * const order = new KoreanFaker(7).order({ items: 2 }) // a CreateOrderInput with names, 010 phones, road addresses
 */
export { type KoreanAddress, KoreanFaker } from './builders/fake.js'
/**
 * Transition coverage: rows of the state table a merchant went through, and the report.
 * @example
 * import { coverageReport, formatCoverage, rowCounts } from './index.js'
 * console.log(formatCoverage(coverageReport(rowCounts([engine.tenant()]))))
 */
export {
  ACTION_ERROR_CODES,
  type CoverageReport,
  coverageReport,
  formatCoverage,
  type RowCoverage,
} from './coverage/report.js'
export { errorCodesIn, mergeCounts, rowCounts } from './coverage/rows.js'
/**
 * The canonical state export of a merchant (orders, product orders, history, change log).
 * @example
 * import { exportTenant } from './index.js'
 * writeFileSync('state.json', exportTenant(engine.tenant()))
 */
export { scenarioExample, scenarioExampleNames } from './examples.js'
export { exportTenant } from './export.js'
/**
 * The progress bar of long seeds (terminal: one line redrawn; logs: a line per tenth).
 * @example
 * import { progressBar } from './index.js'
 * const bar = progressBar(process.stderr, 'busy-shop', 10_000); bar.update(5_000); bar.done()
 */
export { type ProgressStream, progressBar } from './progress.js'
export { scenarioFiles } from './runner/files.js'
/**
 * QA scenario files: load, run against a target, report as text and JUnit XML.
 * @example
 * import { inProcessTarget, runScenarios, scenarioFiles } from './index.js'
 * const summary = await runScenarios(scenarioFiles(['scenarios/examples']), inProcessTarget(appFetch))
 * summary.coverage.percent // 100
 */
export type { Expectation, LoadedScenario, ScenarioFile, Step } from './runner/format.js'
export { httpTarget, originOf } from './runner/http-target.js'
export { inProcessTarget } from './runner/in-process-target.js'
export { junitXml } from './runner/junit.js'
export { loadScenario, parseScenario, ScenarioLoadError } from './runner/load.js'
export { formatDifference, formatScenario, formatTotals } from './runner/report.js'
export { type RunSummary, runScenarios } from './runner/run.js'
export { runScenario, type ScenarioResult, type StepResult } from './runner/run-file.js'
export { CALLABLE_OPERATIONS, SCENARIO_SCHEMA } from './runner/schema.js'
export type { ScenarioSession, ScenarioTarget } from './runner/session.js'
/**
 * Drives product orders through the engine's transitions, as seeds do.
 * @example
 * import { KoreanFaker, SeedDriver } from './index.js'
 * const driver = new SeedDriver(engine, engine.tenant(), new KoreanFaker(1))
 * driver.apply('confirmProductOrders', driver.place({}).productOrderIds)
 */
export { type PlacedOrder, SeedDriver, type SeedStep, SeedStepError } from './seeds/driver.js'
/**
 * The named seeds and how to apply one to a merchant of an engine.
 * @example
 * import { applySeed, SEEDS } from './index.js'
 * SEEDS.map((s) => s.name) // ['payment-waiting', …, 'busy-shop']
 * const { productOrderIds } = applySeed(engine, 'delivered', { count: 3, seed: 42 })
 */
export { type ApplySeedOptions, applySeed, findSeed, MAX_SEED_COUNT, SEEDS } from './seeds/registry.js'
/**
 * A fresh deterministic engine with one seed applied.
 * @example
 * import { seedEngine } from './index.js'
 * const { engine, result } = seedEngine('busy-shop', { count: 1_000, seed: 3 })
 */
export { DEFAULT_SEED_START, type SeedEngineOptions, seedEngine } from './seeds/seed-engine.js'
/**
 * Shapes of seed definitions and results.
 * @example
 * import type { SeedResult } from './index.js'
 * const ids = (r: SeedResult) => r.productOrderIds
 */
export type { SeedDefinition, SeedParam, SeedResult, StatePromise } from './seeds/types.js'
