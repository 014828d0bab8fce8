/**
 * Lint of last-changed polling (facts §7.1): windows that reach right up to "now", and `more` pages
 * that were never fetched.
 */
import { formatKst, MAX_QUERY_WINDOW_MS, parseDateTime } from '@npay-sandbox/protocol'
import type { LintLog, LintNote } from './findings.ts'

/** Naver's FAQ: changes are indexed asynchronously, so leave a few seconds before now [OBS]. */
export const LAST_CHANGED_MARGIN_MS = 5_000

/**
 * A window whose end (given, or the default 24 h) lies within the margin of the tenant's now.
 * @example noMargin(new URLSearchParams('lastChangedFrom=…'), now) // { rule: 'last-changed-no-margin', … }
 */
export function noMargin(query: URLSearchParams, now: number): LintNote | undefined {
  const from = parseDateTime(query.get('lastChangedFrom') ?? '')
  if (!from.ok) return undefined
  const toText = query.get('lastChangedTo')
  const to =
    toText === null
      ? { ok: true as const, epochMs: from.epochMs + MAX_QUERY_WINDOW_MS }
      : parseDateTime(toText)
  if (!to.ok || to.epochMs <= now - LAST_CHANGED_MARGIN_MS) return undefined
  const end = toText === null ? 'the default window (lastChangedFrom + 24 h)' : `lastChangedTo ${toText}`
  return {
    rule: 'last-changed-no-margin',
    message: `${end} reaches past ${formatKst(now - LAST_CHANGED_MARGIN_MS)}, within ${LAST_CHANGED_MARGIN_MS / 1000} s of the server's now (${formatKst(now)}); changes committed in the last seconds are indexed later and a client that moves its window on skips them`,
    advice:
      'End every polling window a few seconds before now (lastChangedTo = now − 5 s, always sent explicitly) and start the next window where the previous one ended.',
  }
}

const ADVICE =
  'When data.more is present, call again with lastChangedFrom = more.moreFrom, moreSequence = more.moreSequence and the same lastChangedTo, until more is absent; only then move the window on.'

/** Identity of a request for telling a retry apart from a new call. */
const queryKey = (q: URLSearchParams) => [...q].sort(([a], [b]) => a.localeCompare(b)).join('&')

/**
 * Before the call: did it follow the `more` the previous page of this filter asked for?
 * @example ignoredMore(lintLogOf(tenant), new URL(c.req.url).searchParams)?.rule // 'more-ignored'
 */
export function ignoredMore(log: LintLog, query: URLSearchParams): LintNote | undefined {
  const filter = query.get('lastChangedType') ?? ''
  const pending = log.pendingMore.get(filter)
  if (!pending) return undefined
  if (query.get('moreSequence') === pending.moreSequence || queryKey(query) === pending.query)
    return undefined
  log.pendingMore.delete(filter)
  return {
    rule: 'more-ignored',
    message: `the previous last-changed-statuses response had more (moreFrom ${pending.moreFrom}, moreSequence ${pending.moreSequence}) but this call did not continue from it: the rows after it were never read`,
    advice: ADVICE,
  }
}

/**
 * After a successful call: remember the continuation it asks for, or that none is owed.
 * @example rememberMore(lintLogOf(tenant), query, { data: { more: { moreFrom, moreSequence } } })
 */
export function rememberMore(log: LintLog, query: URLSearchParams, body: unknown) {
  const filter = query.get('lastChangedType') ?? ''
  const more = (body as { data?: { more?: { moreFrom?: unknown; moreSequence?: unknown } } } | null)?.data
    ?.more
  if (typeof more?.moreFrom === 'string' && typeof more.moreSequence === 'string') {
    log.pendingMore.set(filter, {
      moreFrom: more.moreFrom,
      moreSequence: more.moreSequence,
      query: queryKey(query),
    })
  } else {
    log.pendingMore.delete(filter)
  }
}
