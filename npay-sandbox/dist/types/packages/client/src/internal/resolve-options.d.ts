import type { FetchLike, NpayClientOptions } from '../options.js'
/** Options with defaults applied. */
export interface ResolvedNpayClientOptions {
  clientId: string
  clientSecret: string
  baseUrl: string
  fetch: (request: Request) => Promise<Response>
  now: () => number
  type: 'SELF' | 'SELLER' | undefined
  accountId: string | undefined
  timestampSkewMs: number
}
/**
 * Applies the defaults and refuses options that could never work, with a message saying why.
 * @example resolveNpayClientOptions({ clientId: 'app', clientSecret: '$2a$04$abcdefghijklmnopqrstuu' })
 */
export declare function resolveNpayClientOptions(options: NpayClientOptions): ResolvedNpayClientOptions
/**
 * Refuses a base URL that is not absolute http(s) and drops a trailing slash.
 * @example checkBaseUrl('http://127.0.0.1:8787/npay/partner/') // 'http://127.0.0.1:8787/npay/partner'
 */
export declare function checkBaseUrl(baseUrl: string): string
/**
 * The given fetch made always-async, or a wrapper that reads `globalThis.fetch` at call time.
 * @example resolveFetch(undefined)(new Request('http://127.0.0.1:8787/__sandbox/health'))
 */
export declare function resolveFetch(fetch: FetchLike | undefined): (request: Request) => Promise<Response>
