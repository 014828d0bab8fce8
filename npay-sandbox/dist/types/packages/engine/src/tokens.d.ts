export interface IssuedToken {
  value: string
  clientId: string
  key: string
  expiresAt: number
}
export interface TokenRequest {
  grant_type?: string | undefined
  client_id?: string | undefined
  timestamp?: string | undefined
  client_secret_sign?: string | undefined
  type?: string | undefined
  account_id?: string | undefined
}
/** Checks the parameters that need no merchant lookup; returns the token key (type + account). */
export declare function checkTokenParameters(p: TokenRequest): string
/** Explains how far a timestamp is from the server clock, e.g. `7m12s`. */
export declare function describeGap(ms: number): string
/** Refuses timestamps older than 5 minutes or further in the future than the tolerance. */
export declare function checkTimestamp(timestamp: string, serverNow: number, toleranceMs?: number): void
export declare function checkSignature(
  clientId: string,
  clientSecret: string,
  timestamp: string,
  sign: string,
): void
/** One merchant's tokens: the current one per key, and every issued one until it expires. */
export declare class TokenStore {
  private readonly registry
  private readonly current
  constructor(registry: Map<string, IssuedToken>)
  /** Returns the current token while ≥ 30 min remain, else a new one (the old stays valid). */
  issue(
    clientId: string,
    key: string,
    now: number,
  ): {
    token: IssuedToken
    expiresIn: number
    reused: boolean
  }
  /** Current tokens by key, to save them. */
  saved(): IssuedToken[]
  restore(tokens: readonly IssuedToken[]): void
}
