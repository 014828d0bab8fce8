/** Runs suites against a target, case after case, and collects the report. */
import type { Suite } from '../suite.js'
import type { Target } from '../targets/types.js'
import type { CaseResult, Outcome, RunReport } from './types.js'
export interface RunOptions {
  target: Target
  /** Default: every suite. */
  suites?: readonly Suite[]
  /** Called after each case, e.g. to print progress. */
  onResult?: (result: CaseResult) => void
  /**
   * Cases in flight at once. Default: {@link EMULATOR_CONCURRENCY} on an emulator (every case has a
   * merchant of its own, so they cannot collide), 1 elsewhere (one merchant, one rate limit).
   */
  concurrency?: number
}
/** Cases an emulator target runs at once by default. */
export declare const EMULATOR_CONCURRENCY = 6
/**
 * Runs the suites against a target. Results come back in suite order whatever the concurrency.
 * @example
 * const target = await createInprocessTarget()
 * const report = await runContracts({ target })
 * console.log(report.summary) // { passed: 80, failed: 0, skipped: 0, unsupported: 0 }
 */
export declare function runContracts(options: RunOptions): Promise<RunReport>
/**
 * Counts results by outcome.
 * @example summarise(results) // { passed: 3, failed: 0, skipped: 1, unsupported: 0 }
 */
export declare function summarise(results: readonly CaseResult[]): Record<Outcome, number>
