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

/**
 * Which API a merchant app speaks: `npay` = the Naver Pay 주문형 가맹점 partner API (mall paths, the
 * default), `commerce` = the Naver Commerce API of smartstore sellers and their solution vendors
 * (seller paths, facts §2 sibling base).
 */
export type ApiProfile = 'npay' | 'commerce'

export interface ApiProfileHosts {
  /** The path every API URL of the profile starts with, on the real hosts and on the emulator. */
  basePath: string
  /** The real base URL integrators test against. */
  sandboxBaseUrl: string
  /** The real production base URL. */
  productionBaseUrl: string
}

/** The real hosts and base path of each API profile. */
export const API_PROFILE_HOSTS: Readonly<Record<ApiProfile, ApiProfileHosts>> = {
  npay: { basePath: BASE_PATH, sandboxBaseUrl: SANDBOX_BASE_URL, productionBaseUrl: PRODUCTION_BASE_URL },
  // The Commerce API has one host for development and production (apicenter docs: base-url).
  commerce: {
    basePath: '/external',
    sandboxBaseUrl: 'https://api.commerce.naver.com/external',
    productionBaseUrl: 'https://api.commerce.naver.com/external',
  },
}

/** Every API profile, the default first. */
export const API_PROFILES: readonly ApiProfile[] = ['npay', 'commerce']

/** Whether a value names an API profile. */
export const isApiProfile = (value: unknown): value is ApiProfile => value === 'npay' || value === 'commerce'
