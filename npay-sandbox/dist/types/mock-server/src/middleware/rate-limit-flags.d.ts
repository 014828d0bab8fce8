/** The rate-limit flags of `npay-sandbox start`: `--realistic`, `--rate-limit N`, `--rate-burst N`. */
import type { RateLimitOptions } from './rate-limit.js'
export declare const RATE_LIMIT_FLAGS: {
  readonly realistic: {
    readonly type: 'boolean'
    readonly default: false
  }
  readonly 'rate-limit': {
    readonly type: 'string'
  }
  readonly 'rate-burst': {
    readonly type: 'string'
  }
}
export declare const RATE_LIMIT_USAGE =
  '      --realistic turns on the gateway rate limit (2 requests per second per API, burst 4; 429 GW.RATE_LIMIT);\n      --rate-limit N and --rate-burst N change it (and turn it on). The lint summary is printed on exit.'
/**
 * Rate-limit options from parsed flags; `fail` reports a bad value (and does not return).
 * @example rateLimitFromFlags({ realistic: true }, fail) // { enabled: true }
 */
export declare function rateLimitFromFlags(
  values: {
    realistic?: boolean
    'rate-limit'?: string
    'rate-burst'?: string
  },
  fail: (message: string) => never,
): RateLimitOptions
