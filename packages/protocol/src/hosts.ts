/** The real hosts (facts §2) and header names (§4.4). */

/** The real sandbox base URL. */
export const SANDBOX_BASE_URL = 'https://sandbox-api.pay.naver.com/npay/partner'
/** The real production base URL. */
export const PRODUCTION_BASE_URL = 'https://api.pay.naver.com/npay/partner'
/** The path every API URL starts with, on the real hosts and on the emulator. */
export const BASE_PATH = '/npay/partner'
/** The token endpoint, relative to the base URL. */
export const TOKEN_PATH = '/v1/oauth2/token'
/** The control plane prefix of the emulator (not part of the real API). */
export const CONTROL_PLANE_PATH = '/__sandbox'

/** Response header carrying the gateway trace id on every response. */
export const TRACE_HEADER = 'GNCP-GW-Trace-ID'
/** Emulator-only response header explaining why a token request failed. */
export const DIAGNOSTIC_HEADER = 'X-Npay-Sandbox-Diagnostic'
/** Rate-limit response headers of the gateway (facts §6). */
export const RATE_LIMIT_HEADERS = {
  replenishRate: 'GNCP-GW-RateLimit-Replenish-Rate',
  burstCapacity: 'GNCP-GW-RateLimit-Burst-Capacity',
  remaining: 'GNCP-GW-RateLimit-Remaining',
} as const
