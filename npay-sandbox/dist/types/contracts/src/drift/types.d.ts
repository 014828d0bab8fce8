/** The drift report: how an emulator's answers differ from recorded ones, per operation and per case. */
import type { Outcome } from '../runner/types.js'
import type { TargetName } from '../targets/types.js'
export declare const DRIFT_FORMAT = 'npay-contracts-drift/1'
/** What differs: status, error code, a key present on one side only, a JSON type, enum values, or order. */
export type DifferenceKind = 'status' | 'error-code' | 'key' | 'type' | 'enum' | 'sequence'
export interface Difference {
  caseId: string
  /** The operation of the exchange (`(unknown)` for a path the API does not document). */
  operationId: string
  /** Index of the exchange among the compared exchanges of the case. */
  exchange: number
  kind: DifferenceKind
  /** Generic JSON path (`/data/[]/productOrder/claimStatus`) when the difference is in a body. */
  path?: string
  recorded?: string
  replayed?: string
  message: string
}
export type ComparisonStatus = 'compared' | 'replay-skipped' | 'not-replayed' | 'not-recorded'
export interface CaseComparison {
  id: string
  status: ComparisonStatus
  recordedOutcome?: Outcome
  replayedOutcome?: Outcome
  /** Why the replay was skipped or failed. */
  note?: string
  recordedAt?: string
  stale: boolean
  /** Compared by status, error codes and types only (the case reads whatever the target holds). */
  dataDependent: boolean
  differences: Difference[]
}
export interface OperationDrift {
  operationId: string
  /** Cases whose compared exchanges used the operation. */
  cases: number
  differences: Record<DifferenceKind, number>
}
export interface DriftReport {
  format: typeof DRIFT_FORMAT
  generatedAt: string
  recorded: {
    targets: {
      name: TargetName
      baseUrl: string
    }[]
    oldest?: string
    newest?: string
  }
  replayed: {
    name: TargetName
    baseUrl: string
  }
  maxAgeDays: number
  operations: OperationDrift[]
  cases: CaseComparison[]
  /** Recorded responses that did not match the OpenAPI document (the document may be what drifted). */
  recordedProblems: {
    caseId: string
    operationId: string
    status: number
    path: string
    kind: string
    message: string
  }[]
  stale: {
    id: string
    recordedAt: string
    ageDays: number
  }[]
  summary: {
    compared: number
    withDrift: number
    differences: number
    stale: number
    notCompared: number
  }
}
