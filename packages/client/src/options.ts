import type { ApiProfile } from '@npay-sandbox/protocol'

/** The fetch the client sends through: `globalThis.fetch`, a Hono `app.fetch`, or a test handler. */
export type FetchLike = (request: Request) => Response | Promise<Response>

/**
 * Options of {@link createNpayClient}. Checked when the client is created, not on the first call.
 * `NpayClientOptions` is for the mall API, `NpayClientOptions<'commerce'>` for the Commerce API.
 */
export interface NpayClientOptions<A extends ApiProfile = 'npay'> {
  /**
   * Which API the app speaks: `'npay'` (default) the Npay 주문형 가맹점 API (mall paths under
   * `/npay/partner`), `'commerce'` the Naver Commerce API of smartstore sellers (seller paths under
   * `/external`). It decides the methods, the default base URL and the token request's `type`.
   */
  api?: A
  /** Application id (`client_id`). */
  clientId: string
  /** Application secret: a bcrypt salt, `$2a$` + 2-digit cost + `$` + 22 characters. */
  clientSecret: string
  /**
   * API base URL including the base path (`/npay/partner`, `/external`). Default: the real host of the
   * API (`API_PROFILE_HOSTS[api].sandboxBaseUrl`: the Npay sandbox host, `https://api.commerce.naver.com/external`).
   */
  baseUrl?: string
  /**
   * Default: `globalThis.fetch`, looked up on every call, so interception installed after the client
   * was created (MSW) still applies.
   */
  fetch?: FetchLike
  /** Clock for the signature timestamp and the token cache, epoch milliseconds. Default: `Date.now`. */
  now?: () => number
  /**
   * Token type. `SELLER` requires `accountId`. Default on the mall API: absent (the app's own resources);
   * on the Commerce API, which requires it: `SELLER` when `accountId` is given, else `SELF`.
   */
  type?: 'SELF' | 'SELLER'
  /** Seller id or UID for `type: 'SELLER'` (`account_id`; on the Commerce API a seller id like `ncp_1nsut9_01`). */
  accountId?: string
  /** Subtracted from `now()` when signing, to absorb a client clock ahead of the server's. Default: 0. */
  timestampSkewMs?: number
}
