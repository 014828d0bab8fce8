import type { components } from '../../../schema/src/index.js'
/** The token endpoint's success body; the client checks that these two fields are present. */
export type TokenResponse = components['schemas']['TokenResponse'] & {
  access_token: string
  expires_in: number
}
/** A token and when it expires by the client's clock. */
export interface CachedToken {
  accessToken: string
  expiresAt: number
}
/** The token cache of one client. */
export interface TokenCache {
  /** The cached token while at least 30 minutes of it remain; otherwise a token from the server. */
  get(): Promise<string>
  /** Always asks the server, and caches what it returns. */
  issue(): Promise<TokenResponse>
  /** Drops the cached token if it is still `accessToken` (a concurrent call may have replaced it). */
  invalidate(accessToken: string | undefined): void
  /** The cached token, if any. */
  peek(): CachedToken | undefined
}
/**
 * A token cache following the real reuse rule (facts §3.5): a token is reused while at least
 * `TOKEN_REUSE_THRESHOLD_SECONDS` of its life remain, measured from when it was requested. Concurrent
 * callers share one token request.
 * @example const cache = createTokenCache({ now: Date.now, request: () => requestToken(...) })
 */
export declare function createTokenCache(deps: {
  now: () => number
  request: () => Promise<TokenResponse>
}): TokenCache
