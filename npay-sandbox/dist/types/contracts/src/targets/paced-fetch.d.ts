/**
 * A fetch that keeps to the real gateway's rate limit (about 2 requests per second per API and app,
 * facts §6): requests leave one at a time at least `intervalMs` apart, and a 429 `GW.RATE_LIMIT` is
 * retried after a pause. Rate limiting is the transport's business, so retries are invisible to the
 * recorder, which wraps this fetch from outside.
 */
import type { FetchLike } from '../exchange/record-exchange.js'
/**
 * Wraps a fetch so requests are spaced `intervalMs` apart and rate-limited ones are retried.
 * @example const fetch = pacedFetch((r) => globalThis.fetch(r), 500)
 */
export declare function pacedFetch(inner: FetchLike, intervalMs: number): FetchLike
