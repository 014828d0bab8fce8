import type { Difference } from './expect.js'
import type { RunSummary } from './run.js'
import type { ScenarioResult } from './run-file.js'
/** `claimStatus: expected "RETURN_DONE", got "COLLECT_DONE"` */
export declare function formatDifference(d: Difference): string
/**
 * The report of one scenario file.
 * @example console.log(formatScenario(result))
 */
export declare function formatScenario(r: ScenarioResult, verbose?: boolean): string
/** The closing line, in the plain `N passed, N failed` form CI logs recognise. */
export declare function formatTotals(summary: RunSummary): string
