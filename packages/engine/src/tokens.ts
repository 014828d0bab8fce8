/**
 * The token endpoint's rules (facts §3): signature check, the 5-minute timestamp window, one token per
 * (type, account_id) reused while ≥ 30 minutes remain, older tokens valid until their own expiry.
 * Failures carry a diagnostic that says exactly what to fix.
 */
import { randomBytes } from 'node:crypto'
import {
  type ApiProfile,
  NpayError,
  SIGNATURE_FUTURE_TOLERANCE_MS,
  SIGNATURE_TIMESTAMP_WINDOW_MS,
  TOKEN_LIFETIME_SECONDS,
  TOKEN_REUSE_THRESHOLD_SECONDS,
  verifyClientSecretSign,
} from '@npay-sandbox/protocol'

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

const invalid = (name: string, type: string, message: string, diagnostic: string) =>
  NpayError.token([{ name, type, message }], diagnostic)

/**
 * Checks the parameters that need no merchant lookup; returns the token key (type + account). The
 * Commerce API requires `type` [DOC]; the Npay mall API assumes `SELF` when it is absent [INF][REC].
 */
export function checkTokenParameters(p: TokenRequest, api: ApiProfile = 'npay'): string {
  for (const name of ['client_id', 'timestamp', 'grant_type', 'client_secret_sign'] as const) {
    if (!p[name]) throw invalid(name, 'NotBlank', `${name} 값이 필요합니다.`, `${name} is missing or blank`)
  }
  if (p.grant_type !== 'client_credentials') {
    throw invalid(
      'grant_type',
      'Pattern',
      'grant_type 값이 올바르지 않습니다.',
      `grant_type must be "client_credentials", got "${p.grant_type}"`,
    )
  }
  if (!/^\d{10,16}$/.test(p.timestamp!)) {
    throw invalid(
      'timestamp',
      'typeMismatch',
      'timestamp 값이 올바르지 않습니다.',
      `timestamp must be Unix time in milliseconds (13 digits), got "${p.timestamp}"`,
    )
  }
  if (api === 'commerce' && !p.type) {
    throw invalid(
      'type',
      'NotBlank',
      'type 값이 필요합니다.',
      "the Commerce API needs type: SELF for the app's own store, SELLER (with account_id) for a linked seller",
    )
  }
  const type = p.type || 'SELF'
  if (type !== 'SELF' && type !== 'SELLER') {
    throw invalid(
      'type',
      'Pattern',
      'type 값이 올바르지 않습니다.',
      `type must be SELF or SELLER, got "${p.type}"`,
    )
  }
  if (type === 'SELLER' && !p.account_id) {
    throw invalid(
      'account_id',
      'NotBlank',
      'account_id 값이 필요합니다.',
      'type=SELLER needs account_id (the seller ID or UID)',
    )
  }
  return type === 'SELLER' ? `SELLER:${p.account_id}` : 'SELF'
}

/**
 * A Commerce API `SELLER` token names the seller it acts for. A sandbox app is linked to one seller, its own store:
 * `account_id` must be the merchant's mall id (seller ID) [REC: the real linking of solution apps to
 * sellers happens in the Commerce API center, outside the API].
 */
export function checkAccount(p: TokenRequest, mallId: string) {
  if ((p.type || 'SELF') !== 'SELLER' || p.account_id === mallId) return
  throw invalid(
    'account_id',
    'NotFound',
    'account_id 값이 유효하지 않습니다.',
    `this application is linked to the seller "${mallId}" only, not "${p.account_id}"`,
  )
}

/** Explains how far a timestamp is from the server clock, e.g. `7m12s`. */
export function describeGap(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s % 60}s`
}

/** Refuses timestamps older than 5 minutes or further in the future than the tolerance. */
export function checkTimestamp(
  timestamp: string,
  serverNow: number,
  toleranceMs = SIGNATURE_FUTURE_TOLERANCE_MS,
) {
  const gap = serverNow - Number(timestamp)
  if (gap > SIGNATURE_TIMESTAMP_WINDOW_MS) {
    throw invalid(
      'timestamp',
      'Expired',
      'timestamp 값이 유효하지 않습니다.',
      `timestamp is ${describeGap(gap)} older than the server clock; it is valid for 5 minutes`,
    )
  }
  if (-gap > toleranceMs) {
    throw invalid(
      'timestamp',
      'Future',
      'timestamp 값이 유효하지 않습니다.',
      `timestamp is ${describeGap(gap)} ahead of the server clock; at most ${toleranceMs / 1000}s is tolerated (many clients sign with now - 3s)`,
    )
  }
}

export function checkSignature(clientId: string, clientSecret: string, timestamp: string, sign: string) {
  const result = verifyClientSecretSign({ clientId, clientSecret, timestamp, sign })
  if (!result.ok) {
    throw invalid(
      'client_secret_sign',
      'Signature',
      'client_secret_sign 값이 유효하지 않습니다.',
      result.detail,
    )
  }
}

/** One merchant's tokens: the current one per key, and every issued one until it expires. */
export class TokenStore {
  private readonly current = new Map<string, IssuedToken>()

  constructor(private readonly registry: Map<string, IssuedToken>) {}

  /** Returns the current token while ≥ 30 min remain, else a new one (the old stays valid). */
  issue(
    clientId: string,
    key: string,
    now: number,
  ): { token: IssuedToken; expiresIn: number; reused: boolean } {
    const existing = this.current.get(key)
    if (existing) {
      const remaining = Math.floor((existing.expiresAt - now) / 1000)
      if (remaining >= TOKEN_REUSE_THRESHOLD_SECONDS)
        return { token: existing, expiresIn: remaining, reused: true }
    }
    const token: IssuedToken = {
      value: randomBytes(16).toString('base64url'),
      clientId,
      key,
      expiresAt: now + TOKEN_LIFETIME_SECONDS * 1000,
    }
    this.current.set(key, token)
    this.registry.set(token.value, token)
    return { token, expiresIn: TOKEN_LIFETIME_SECONDS, reused: false }
  }

  /** Current tokens by key, to save them. */
  saved(): IssuedToken[] {
    return [...this.current.values()]
  }

  /**
   * Ends a current token now (a fault that expires it mid-flow), so the next call gets 401 and the next
   * token request issues a new one; a token that is no longer current is left alone.
   * @example tenant.tokens.expire(accessToken, tenant.now()) // true
   */
  expire(value: string, now: number): boolean {
    const token = [...this.current.values()].find((t) => t.value === value)
    if (!token) return false
    token.expiresAt = Math.min(token.expiresAt, now)
    return true
  }

  /** After the clock went back (reset): no token of `clientId` keeps more than a lifetime from `now`. */
  capLifetimes(clientId: string, now: number) {
    const latest = now + TOKEN_LIFETIME_SECONDS * 1000
    for (const token of this.registry.values())
      if (token.clientId === clientId) token.expiresAt = Math.min(token.expiresAt, latest)
  }

  restore(tokens: readonly IssuedToken[]) {
    for (const token of tokens) {
      this.current.set(token.key, token)
      this.registry.set(token.value, token)
    }
  }
}
