/**
 * A merchant's lint findings: what its client does that the real gateway would penalise or that would
 * break in production. Bounded like the journal; consecutive findings of one rule on one operation are
 * counted in one entry so a tight polling loop does not push everything else out. The tenant holds the
 * log as extension state, so a reset clears it and the state document carries it.
 */
import { defineTenantExtension, type Tenant } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'

export type LintRule =
  | 'excess-token-issuance'
  | 'last-changed-no-margin'
  | 'unencoded-plus'
  | 'more-ignored'
  | 'dispatch-resent'
  | 'faster-than-rate-limit'
  | 'unknown-body-fields'
  | 'payment-expiry-missed'

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

const CAPACITY = 200

type PendingMore = { moreFrom: string; moreSequence: string; query: string }

/** What the state document keeps of a lint log. */
export interface SavedLintLog {
  findings: LintFinding[]
  totals: { rule: LintRule; count: number; advice: string }[]
  pendingMore: [string, PendingMore][]
  /** Set while a token request is owed after a 401 GW.AUTHN (absent in older documents). */
  reissueOwed?: boolean
}

export class LintLog {
  private findings: LintFinding[] = []
  private readonly totals = new Map<LintRule, { count: number; advice: string }>()
  /** State of the `more-ignored` rule: the continuation owed, per lastChangedType filter. */
  readonly pendingMore = new Map<string, PendingMore>()
  /**
   * State of the `excess-token-issuance` rule: an API call was answered 401 GW.AUTHN, after which the
   * docs tell the client to issue a token, so the next token request is not excess even when the
   * gateway hands back the same token (an injected GW.AUTHN leaves the token valid).
   */
  reissueOwed = false

  save(): SavedLintLog {
    return {
      findings: [...this.findings],
      totals: this.summary(),
      pendingMore: [...this.pendingMore],
      ...(this.reissueOwed ? { reissueOwed: true } : {}),
    }
  }

  static load(saved: unknown): LintLog {
    const s = saved as Partial<SavedLintLog> | null
    if (!s || !Array.isArray(s.findings) || !Array.isArray(s.totals) || !Array.isArray(s.pendingMore))
      throw new TypeError('a lint log needs findings, totals and pendingMore')
    const log = new LintLog()
    log.findings = s.findings.slice(-CAPACITY)
    for (const t of s.totals) log.totals.set(t.rule, { count: t.count, advice: t.advice })
    for (const [filter, pending] of s.pendingMore) log.pendingMore.set(filter, pending)
    log.reissueOwed = s.reissueOwed === true
    return log
  }

  record(
    note: LintNote,
    request: { method: string; path: string; operationId?: string | undefined },
    at: number,
  ) {
    const total = this.totals.get(note.rule) ?? { count: 0, advice: note.advice }
    this.totals.set(note.rule, { count: total.count + 1, advice: note.advice })
    const last = this.findings.at(-1)
    if (
      last &&
      last.rule === note.rule &&
      last.operationId === request.operationId &&
      last.path === request.path
    ) {
      Object.assign(last, { message: note.message, advice: note.advice, lastAt: formatKst(at) })
      last.count++
      return
    }
    this.findings.push({
      ...note,
      ...(request.operationId ? { operationId: request.operationId } : {}),
      method: request.method,
      path: request.path,
      firstAt: formatKst(at),
      lastAt: formatKst(at),
      count: 1,
    })
    if (this.findings.length > CAPACITY) this.findings.splice(0, this.findings.length - CAPACITY)
  }

  /** Newest first. */
  list(limit = 100): LintFinding[] {
    return this.findings.slice(-limit).reverse()
  }

  /** One line per rule that fired: total count and advice. */
  summary(): { rule: LintRule; count: number; advice: string }[] {
    return [...this.totals].map(([rule, t]) => ({ rule, count: t.count, advice: t.advice }))
  }
}

/**
 * A merchant's lint log as tenant extension state, saved under `extensions.lint`.
 * @example engine.useTenantExtension(LINT_LOG)
 */
export const LINT_LOG = defineTenantExtension<LintLog>({
  name: 'lint',
  create: () => new LintLog(),
  save: (log) => log.save(),
  load: (saved) => LintLog.load(saved),
})

/**
 * The lint log of a tenant.
 * @example lintLogOf(engine.tenant()).summary() // [{ rule: 'excess-token-issuance', count: 3, advice: '…' }]
 */
export function lintLogOf(tenant: Tenant): LintLog {
  return tenant.extension(LINT_LOG)
}
