/** What a contract run produces: one result per case, and the run around them. */
import type { ApiProfile } from '@npay-sandbox/protocol'
import type { Exchange, Problem } from '../exchange/types.ts'
import type { OperationName } from '../suite.ts'
import type { TargetName } from '../targets/types.ts'

/**
 * `unsupported`: the target answered 404 `GW.NOT_FOUND` for an operation the API documents (an emulator
 * that does not serve it yet) or a 403 gateway error (an app without that API group) — reported, not failed.
 */
export type Outcome = 'passed' | 'failed' | 'skipped' | 'unsupported'

/** A problem of one response, with where it happened. */
export interface CaseProblem extends Problem {
  operationId: string | undefined
  status: number
  /** Index of the exchange in the case. */
  exchange: number
}

export interface CaseResult {
  /** `suite/case-slug`, stable across runs: the cassette's file name. */
  id: string
  suite: string
  name: string
  operations: readonly OperationName[]
  outcome: Outcome
  /** Why a case failed, was skipped or is unsupported. */
  reason?: string
  dataDependent: boolean
  exchanges: Exchange[]
  problems: CaseProblem[]
  durationMs: number
}

export interface RunReport {
  target: { name: TargetName; api: ApiProfile; description: string; baseUrl: string }
  startedAt: string
  finishedAt: string
  results: CaseResult[]
  summary: Record<Outcome, number>
}
