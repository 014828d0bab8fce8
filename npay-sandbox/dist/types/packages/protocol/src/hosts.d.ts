/** The real hosts (facts §2) and header names (§4.4). */
/** The real sandbox base URL. */
export declare const SANDBOX_BASE_URL = 'https://sandbox-api.pay.naver.com/npay/partner'
/** The real production base URL. */
export declare const PRODUCTION_BASE_URL = 'https://api.pay.naver.com/npay/partner'
/** The path every API URL starts with, on the real hosts and on the emulator. */
export declare const BASE_PATH = '/npay/partner'
/** The token endpoint, relative to the base URL. */
export declare const TOKEN_PATH = '/v1/oauth2/token'
/** The control plane prefix of the emulator (not part of the real API). */
export declare const CONTROL_PLANE_PATH = '/__sandbox'
/** Response header carrying the gateway trace id on every response. */
export declare const TRACE_HEADER = 'GNCP-GW-Trace-ID'
/** Emulator-only response header explaining why a token request failed. */
export declare const DIAGNOSTIC_HEADER = 'X-Npay-Sandbox-Diagnostic'
/** Rate-limit response headers of the gateway (facts §6). */
export declare const RATE_LIMIT_HEADERS: {
  readonly replenishRate: 'GNCP-GW-RateLimit-Replenish-Rate'
  readonly burstCapacity: 'GNCP-GW-RateLimit-Burst-Capacity'
  readonly remaining: 'GNCP-GW-RateLimit-Remaining'
}
