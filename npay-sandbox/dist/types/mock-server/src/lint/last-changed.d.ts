import type { LintLog, LintNote } from './findings.js'
/** Naver's FAQ: changes are indexed asynchronously, so leave a few seconds before now [OBS]. */
export declare const LAST_CHANGED_MARGIN_MS = 5000
/**
 * A window whose end (given, or the default 24 h) lies within the margin of the tenant's now.
 * @example noMargin(new URLSearchParams('lastChangedFrom=…'), now) // { rule: 'last-changed-no-margin', … }
 */
export declare function noMargin(query: URLSearchParams, now: number): LintNote | undefined
/**
 * Before the call: did it follow the `more` the previous page of this filter asked for?
 * @example ignoredMore(lintLogOf(tenant), new URL(c.req.url).searchParams)?.rule // 'more-ignored'
 */
export declare function ignoredMore(log: LintLog, query: URLSearchParams): LintNote | undefined
/**
 * After a successful call: remember the continuation it asks for, or that none is owed.
 * @example rememberMore(lintLogOf(tenant), query, { data: { more: { moreFrom, moreSequence } } })
 */
export declare function rememberMore(log: LintLog, query: URLSearchParams, body: unknown): void
