/**
 * Whether a secret is a complete bcrypt salt (`$2a$` + 2-digit cost + `$` + 22 characters).
 * @example isBcryptSalt('$2a$04$abcdefghijklmnopqrstuu') // true
 */
export declare function isBcryptSalt(secret: string): boolean
/**
 * Computes `client_secret_sign` exactly as the official samples do.
 * @example signClientSecret('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', '1643961623299')
 * // 'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy'
 */
export declare function signClientSecret(
  clientId: string,
  clientSecret: string,
  timestamp: string | number,
): string
/**
 * Decodes a submitted sign leniently: standard or URL-safe Base64, padded or not.
 * Returns the bcrypt string inside, or undefined when it is not Base64 of a bcrypt hash.
 * @example decodeSign('JDJhJDA0JGFi...') // '$2a$04$ab...'
 */
export declare function decodeSign(sign: string): string | undefined
/** Why a signature was refused, with an explanation an integrator can act on. */
export type SignatureFailure =
  | {
      ok: false
      reason: 'secret-not-bcrypt-salt'
      detail: string
    }
  | {
      ok: false
      reason: 'sign-not-base64-bcrypt'
      detail: string
    }
  | {
      ok: false
      reason: 'mismatch'
      detail: string
    }
/**
 * Verifies a submitted sign by recomputing it with the registered secret (never by comparing prefixes:
 * bcrypt keeps only 4 bits of the salt's 22nd character). Constant-time comparison.
 * @example verifyClientSecretSign({ clientId, clientSecret, timestamp, sign }) // { ok: true }
 */
export declare function verifyClientSecretSign(input: {
  clientId: string
  clientSecret: string
  timestamp: string
  sign: string
}):
  | {
      ok: true
    }
  | SignatureFailure
