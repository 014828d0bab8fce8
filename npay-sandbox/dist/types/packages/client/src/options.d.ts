/** The fetch the client sends through: `globalThis.fetch`, a Hono `app.fetch`, or a test handler. */
export type FetchLike = (request: Request) => Response | Promise<Response>
/** Options of {@link createNpayClient}. Checked when the client is created, not on the first call. */
export interface NpayClientOptions {
  /** Application id (`client_id`). */
  clientId: string
  /** Application secret: a bcrypt salt, `$2a$` + 2-digit cost + `$` + 22 characters. */
  clientSecret: string
  /** API base URL including `/npay/partner`. Default: the real sandbox host (`SANDBOX_BASE_URL`). */
  baseUrl?: string
  /**
   * Default: `globalThis.fetch`, looked up on every call, so interception installed after the client
   * was created (MSW) still applies.
   */
  fetch?: FetchLike
  /** Clock for the signature timestamp and the token cache, epoch milliseconds. Default: `Date.now`. */
  now?: () => number
  /** Token type. Default: absent (the app's own resources, `SELF`). `SELLER` requires `accountId`. */
  type?: 'SELF' | 'SELLER'
  /** Seller id or UID for `type: 'SELLER'`. */
  accountId?: string
  /** Subtracted from `now()` when signing, to absorb a client clock ahead of the server's. Default: 0. */
  timestampSkewMs?: number
}
