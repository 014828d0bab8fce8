import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.js'
export interface RateLimitOptions {
  /** Answer 429 `GW.RATE_LIMIT` when a bucket is empty (default false; `start --realistic` turns it on). */
  enabled?: boolean
  /** Tokens added per second (default 2, `GNCP-GW-RateLimit-Replenish-Rate`). */
  perSecond?: number
  /** Bucket size (default 4, twice the rate as on the real gateway; `GNCP-GW-RateLimit-Burst-Capacity`). */
  burst?: number
  /** Wall clock in epoch ms (default the engine's wall clock); tests replace it. */
  clock?: () => number
}
export type ResolvedRateLimit = Required<RateLimitOptions>
/**
 * Fills in the defaults and refuses impossible values when the app is built.
 * @example resolveRateLimit({ enabled: true }) // { enabled: true, perSecond: 2, burst: 4, clock: Date.now }
 */
export declare function resolveRateLimit(
  options?: RateLimitOptions,
  wallClock?: () => number,
): ResolvedRateLimit
/**
 * The three `GNCP-GW-RateLimit-*` headers.
 * @example rateLimitHeaders(resolveRateLimit(), 3) // { 'GNCP-GW-RateLimit-Replenish-Rate': '2', …, 'GNCP-GW-RateLimit-Remaining': '3' }
 */
export declare function rateLimitHeaders(limit: ResolvedRateLimit, remaining: number): Record<string, string>
/**
 * Limits authenticated API calls (and token requests of a known client) per operation.
 * @example app.use(`${BASE_PATH}/*`, rateLimit(resolveRateLimit({ enabled: true }), true))
 */
export declare function rateLimit(limit: ResolvedRateLimit, diagnostics: boolean): MiddlewareHandler<AppEnv>
