/**
 * A merchant's lint findings: what its client does that the real gateway would penalise or that would
 * break in production. Bounded like the journal; consecutive findings of one rule on one operation are
 * counted in one entry so a tight polling loop does not push everything else out.
 */
import type { Tenant } from '../../../packages/engine/src/index.js'
export type LintRule =
  | 'excess-token-issuance'
  | 'last-changed-no-margin'
  | 'unencoded-plus'
  | 'more-ignored'
  | 'dispatch-resent'
  | 'faster-than-rate-limit'
  | 'unknown-body-fields'
/** One finding as a request's journal entry carries it. */
export interface LintNote {
  rule: LintRule
  /** What the client did. */
  message: string
  /** What to change. */
  advice: string
}
export interface LintFinding extends LintNote {
  operationId?: string
  method: string
  path: string
  firstAt: string
  lastAt: string
  count: number
}
export declare class LintLog {
  private findings
  private readonly totals
  /** State of the `more-ignored` rule: the continuation owed, per lastChangedType filter. */
  readonly pendingMore: Map<
    string,
    {
      moreFrom: string
      moreSequence: string
      query: string
    }
  >
  record(
    note: LintNote,
    request: {
      method: string
      path: string
      operationId?: string | undefined
    },
    at: number,
  ): void
  /** Newest first. */
  list(limit?: number): LintFinding[]
  /** One line per rule that fired: total count and advice. */
  summary(): {
    rule: LintRule
    count: number
    advice: string
  }[]
}
/**
 * The lint log of a tenant.
 * @example lintLogOf(engine.tenant()).summary() // [{ rule: 'excess-token-issuance', count: 3, advice: '…' }]
 */
export declare function lintLogOf(tenant: Tenant): LintLog
