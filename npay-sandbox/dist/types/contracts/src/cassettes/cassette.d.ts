/**
 * Cassettes: the scrubbed exchanges of one case on one target, stamped with the target and the date,
 * one JSON file per case under `DIR/<suite>/<case>.json`, plus `DIR/manifest.json` for the run.
 */
import type { Exchange } from '../exchange/types.js'
import type { CaseResult, Outcome, RunReport } from '../runner/types.js'
import type { TargetName } from '../targets/types.js'
export declare const CASSETTE_FORMAT = 'npay-contracts-cassette/1'
export interface Cassette {
  format: typeof CASSETTE_FORMAT
  /** `suite/case-slug`. */
  id: string
  suite: string
  name: string
  /** The target recorded from; its base URL without credentials. */
  target: {
    name: TargetName
    baseUrl: string
  }
  /** ISO date-time of the recording. */
  recordedAt: string
  outcome: Outcome
  reason?: string
  dataDependent: boolean
  exchanges: Exchange[]
}
/** The run's index: every case, including those that were skipped and so have no cassette. */
export interface Manifest {
  format: typeof CASSETTE_FORMAT
  target: {
    name: TargetName
    baseUrl: string
  }
  recordedAt: string
  cases: {
    id: string
    outcome: Outcome
    reason?: string
  }[]
}
/** Skipped cases made no exchange worth keeping. */
export declare function isRecordable(result: CaseResult): boolean
/**
 * The cassette of one case result.
 * @example toCassette(result, report.target, report.startedAt)
 */
export declare function toCassette(
  result: CaseResult,
  target: RunReport['target'],
  recordedAt: string,
): Cassette
/**
 * The manifest of a run.
 * @example toManifest(report)
 */
export declare function toManifest(report: RunReport): Manifest
