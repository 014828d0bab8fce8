/**
 * Compares recorded cassettes with a replay of the same suites: case by case, exchange by exchange, after
 * scrubbing the replay exactly as the recording was scrubbed. Token requests are compared only in the
 * token suite, since a target may reuse one token across cases.
 */
import type { Cassette } from '../cassettes/cassette.js'
import type { Exchange } from '../exchange/types.js'
import type { RunReport } from '../runner/types.js'
import { type DriftReport } from './types.js'
/** Cassettes older than this many days are flagged stale unless told otherwise. */
export declare const DEFAULT_MAX_AGE_DAYS = 30
export interface CompareOptions {
  /** Default {@link DEFAULT_MAX_AGE_DAYS}. */
  maxAgeDays?: number
  /** Default: `Date.now()`. */
  now?: number
}
/** The exchanges of a case that take part in a comparison. */
export declare function comparable(suite: string, exchanges: readonly Exchange[]): Exchange[]
/**
 * Builds the drift report of a replay against recorded cassettes.
 * @example
 * const report = await runContracts({ target: await createInprocessTarget() })
 * const drift = compareWithCassettes(await readCassettes('cassettes'), report, { maxAgeDays: 14 })
 */
export declare function compareWithCassettes(
  cassettes: readonly Cassette[],
  replay: RunReport,
  options?: CompareOptions,
): DriftReport
