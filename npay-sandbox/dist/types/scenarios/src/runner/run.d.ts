/** Runs many scenario files one after another and sums up results and coverage. */
import { type CoverageReport } from '../coverage/report.js'
import { type ScenarioResult } from './run-file.js'
import type { ScenarioTarget } from './session.js'
export interface RunSummary {
  target: string
  results: ScenarioResult[]
  passed: number
  failed: number
  coverage: CoverageReport
}
/**
 * Runs each file on a fresh session of `target`; `onResult` sees each result as it finishes.
 * @example const summary = await runScenarios(['scenarios/examples'], target); process.exitCode = summary.failed ? 1 : 0
 */
export declare function runScenarios(
  paths: readonly string[],
  target: ScenarioTarget,
  onResult?: (result: ScenarioResult) => void,
): Promise<RunSummary>
