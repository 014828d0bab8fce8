/**
 * The gateway's token bucket (facts §6): one bucket per (merchant app, API operation), refilled at
 * `perSecond`, holding at most `burst`. Off by default; when off the buckets still run so the lint can
 * tell a client it would have been limited.
 *
 * The bucket runs on the wall clock, not the tenant's virtual clock: the limit protects the real gateway
 * in real time, a frozen virtual clock would never refill and an advanced one (8 days for a purchase
 * decision) would refill everything at once. Tests inject `clock` instead of sleeping.
 */
import { defineTenantExtension, type Tenant } from '@npay-sandbox/engine'
import {
  DEFAULT_RATE_LIMIT_BURST,
  DEFAULT_RATE_LIMIT_PER_SECOND,
  NpayError,
  RATE_LIMIT_HEADERS,
} from '@npay-sandbox/protocol'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { errorResponse } from '../respond.ts'

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
export function resolveRateLimit(options: RateLimitOptions = {}, wallClock = Date.now): ResolvedRateLimit {
  const perSecond = options.perSecond ?? DEFAULT_RATE_LIMIT_PER_SECOND
  const burst = options.burst ?? (options.perSecond === undefined ? DEFAULT_RATE_LIMIT_BURST : 2 * perSecond)
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new TypeError('rateLimit.perSecond must be > 0')
  if (!Number.isInteger(burst) || burst < 1) throw new TypeError('rateLimit.burst must be an integer ≥ 1')
  return { enabled: options.enabled ?? false, perSecond, burst, clock: options.clock ?? wallClock }
}

interface Bucket {
  tokens: number
  at: number
}

/**
 * A merchant's buckets by operationId, as tenant extension state (a reset refills them; the state
 * document keeps them under `extensions.rateLimit`).
 * @example engine.useTenantExtension(RATE_BUCKETS)
 */
export const RATE_BUCKETS = defineTenantExtension<Map<string, Bucket>>({
  name: 'rateLimit',
  create: () => new Map(),
  save: (buckets) => Object.fromEntries(buckets),
  load: (saved) => {
    if (!saved || typeof saved !== 'object' || Array.isArray(saved))
      throw new TypeError('rate-limit buckets must be an object of {tokens, at} by operationId')
    const buckets = new Map<string, Bucket>()
    for (const [operationId, b] of Object.entries(saved as Record<string, Partial<Bucket>>)) {
      if (!Number.isFinite(b?.tokens) || !Number.isFinite(b?.at))
        throw new TypeError(`the bucket of ${operationId} needs numeric tokens and at`)
      buckets.set(operationId, { tokens: b.tokens!, at: b.at! })
    }
    return buckets
  },
})

/** Takes one token from a bucket; returns what is left, or -1 when it was empty. */
function take(tenant: Tenant, operationId: string, limit: ResolvedRateLimit): number {
  const byOperation = tenant.extension(RATE_BUCKETS)
  const now = limit.clock()
  const bucket = byOperation.get(operationId) ?? { tokens: limit.burst, at: now }
  const refilled = Math.min(
    limit.burst,
    bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * limit.perSecond,
  )
  const ok = refilled >= 1
  byOperation.set(operationId, { tokens: ok ? refilled - 1 : refilled, at: now })
  return ok ? Math.floor(refilled - 1) : -1
}

/**
 * The three `GNCP-GW-RateLimit-*` headers.
 * @example rateLimitHeaders(resolveRateLimit(), 3) // { 'GNCP-GW-RateLimit-Replenish-Rate': '2', …, 'GNCP-GW-RateLimit-Remaining': '3' }
 */
export function rateLimitHeaders(limit: ResolvedRateLimit, remaining: number): Record<string, string> {
  return {
    [RATE_LIMIT_HEADERS.replenishRate]: String(limit.perSecond),
    [RATE_LIMIT_HEADERS.burstCapacity]: String(limit.burst),
    [RATE_LIMIT_HEADERS.remaining]: String(Math.max(0, remaining)),
  }
}

/**
 * Limits authenticated API calls (and token requests of a known client) per operation.
 * @example mountApi(app, engine, handlers, { lint, rateLimit: rateLimit(resolveRateLimit({ enabled: true }), true), faults })
 */
export function rateLimit(limit: ResolvedRateLimit, diagnostics: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const tenant = c.get('tenant')
    const operation = c.get('operation')
    if (!tenant || !operation) return next()
    const remaining = take(tenant, operation.operationId, limit)
    if (remaining < 0) c.set('rateExceeded', { perSecond: limit.perSecond, burst: limit.burst })
    if (!limit.enabled) return next()
    const headers = rateLimitHeaders(limit, remaining)
    if (remaining < 0) {
      const error = NpayError.gateway(
        'GW.RATE_LIMIT',
        `more than ${limit.perSecond} requests per second (burst ${limit.burst}) to ${operation.operationId}`,
      )
      // No Retry-After: the real gateway sends none (facts §6).
      const res = errorResponse(c, error, diagnostics)
      for (const [name, value] of Object.entries(headers)) res.headers.set(name, value)
      return res
    }
    await next()
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  }
}
