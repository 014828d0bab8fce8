/**
 * The `client_secret_sign` of the token request (facts §3.3):
 * Base64(bcrypt(client_id + "_" + timestamp, salt = client_secret)).
 */
import { timingSafeEqual } from 'node:crypto'
import bcrypt from 'bcryptjs'

const BCRYPT_SALT_RE = /^\$2[abxy]\$(\d{2})\$[./A-Za-z0-9]{22}$/
const BCRYPT_HASH_RE = /^\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}$/
const BASE64_RE = /^[A-Za-z0-9+/\-_]+={0,2}$/

/**
 * Whether a secret is a complete bcrypt salt (`$2a$` + 2-digit cost + `$` + 22 characters).
 * @example isBcryptSalt('$2a$04$abcdefghijklmnopqrstuu') // true
 */
export function isBcryptSalt(secret: string): boolean {
  const m = BCRYPT_SALT_RE.exec(secret)
  if (!m) return false
  const cost = Number(m[1])
  return cost >= 4 && cost <= 31
}

/**
 * Computes `client_secret_sign` exactly as the official samples do.
 * @example signClientSecret('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', '1643961623299')
 * // 'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy'
 */
export function signClientSecret(clientId: string, clientSecret: string, timestamp: string | number): string {
  if (!isBcryptSalt(clientSecret))
    throw new Error('client secret is not a bcrypt salt ($2a$NN$ + 22 characters)')
  const hashed = bcrypt.hashSync(`${clientId}_${timestamp}`, clientSecret)
  return Buffer.from(hashed, 'utf8').toString('base64')
}

/**
 * Decodes a submitted sign leniently: standard or URL-safe Base64, padded or not.
 * Returns the bcrypt string inside, or undefined when it is not Base64 of a bcrypt hash.
 * @example decodeSign('JDJhJDA0JGFi...') // '$2a$04$ab...'
 */
export function decodeSign(sign: string): string | undefined {
  if (!BASE64_RE.test(sign)) return undefined
  const decoded = Buffer.from(sign.replaceAll('-', '+').replaceAll('_', '/'), 'base64').toString('utf8')
  return BCRYPT_HASH_RE.test(decoded) ? decoded : undefined
}

/** Why a signature was refused, with an explanation an integrator can act on. */
export type SignatureFailure =
  | { ok: false; reason: 'secret-not-bcrypt-salt'; detail: string }
  | { ok: false; reason: 'sign-not-base64-bcrypt'; detail: string }
  | { ok: false; reason: 'mismatch'; detail: string }

/**
 * Verifies a submitted sign by recomputing it with the registered secret (never by comparing prefixes:
 * bcrypt keeps only 4 bits of the salt's 22nd character). Constant-time comparison.
 * @example verifyClientSecretSign({ clientId, clientSecret, timestamp, sign }) // { ok: true }
 */
export function verifyClientSecretSign(input: {
  clientId: string
  clientSecret: string
  timestamp: string
  sign: string
}): { ok: true } | SignatureFailure {
  if (!isBcryptSalt(input.clientSecret)) {
    return {
      ok: false,
      reason: 'secret-not-bcrypt-salt',
      detail:
        'registered secret is not a bcrypt salt: it must be $2a$ + 2-digit cost + $ + 22 characters of ./A-Za-z0-9',
    }
  }
  const submitted = decodeSign(input.sign)
  if (submitted === undefined) {
    return {
      ok: false,
      reason: 'sign-not-base64-bcrypt',
      detail:
        'client_secret_sign is not Base64 of a bcrypt hash: it must be Base64(bcrypt(client_id + "_" + timestamp, client_secret)), an 80-character string',
    }
  }
  const expected = bcrypt.hashSync(`${input.clientId}_${input.timestamp}`, input.clientSecret)
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(submitted, 'utf8')
  if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true }
  return {
    ok: false,
    reason: 'mismatch',
    detail: `signature does not match: it must be bcrypt(client_id + '_' + timestamp) with the secret as salt, then Base64; the password signed here is "${input.clientId}_${input.timestamp}"`,
  }
}
