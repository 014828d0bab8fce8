/** The rate-limit flags of `npay-sandbox start`: `--realistic`, `--rate-limit N`, `--rate-burst N`. */
import type { RateLimitOptions } from './rate-limit.ts'

export const RATE_LIMIT_FLAGS = {
  realistic: { type: 'boolean', default: false },
  'rate-limit': { type: 'string' },
  'rate-burst': { type: 'string' },
} as const

export const RATE_LIMIT_USAGE = `      --realistic turns on the gateway rate limit (2 requests per second per API, burst 4; 429 GW.RATE_LIMIT);
      --rate-limit N and --rate-burst N change it (and turn it on). The lint summary is printed on exit.`

/**
 * Rate-limit options from parsed flags; `fail` reports a bad value (and does not return).
 * @example rateLimitFromFlags({ realistic: true }, fail) // { enabled: true }
 */
export function rateLimitFromFlags(
  values: { realistic?: boolean; 'rate-limit'?: string; 'rate-burst'?: string },
  fail: (message: string) => never,
): RateLimitOptions {
  const options: RateLimitOptions = { enabled: Boolean(values.realistic) }
  if (values['rate-limit'] !== undefined) {
    const perSecond = Number(values['rate-limit'])
    if (!(perSecond > 0) || !Number.isFinite(perSecond))
      fail(`--rate-limit must be a number of requests per second > 0, got ${values['rate-limit']}`)
    Object.assign(options, { enabled: true, perSecond })
  }
  if (values['rate-burst'] !== undefined) {
    const burst = Number(values['rate-burst'])
    if (!Number.isInteger(burst) || burst < 1)
      fail(`--rate-burst must be an integer ≥ 1, got ${values['rate-burst']}`)
    Object.assign(options, { enabled: true, burst })
  }
  return options
}
