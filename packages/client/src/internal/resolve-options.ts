import { API_PROFILE_HOSTS, type ApiProfile, isApiProfile, isBcryptSalt } from '@npay-sandbox/protocol'
import type { FetchLike, NpayClientOptions } from '../options.ts'

/** Options with defaults applied. */
export interface ResolvedNpayClientOptions {
  api: ApiProfile
  clientId: string
  clientSecret: string
  baseUrl: string
  fetch: (request: Request) => Promise<Response>
  now: () => number
  type: 'SELF' | 'SELLER' | undefined
  accountId: string | undefined
  timestampSkewMs: number
}

/**
 * Applies the defaults and refuses options that could never work, with a message saying why.
 * @example resolveNpayClientOptions({ clientId: 'app', clientSecret: '$2a$04$abcdefghijklmnopqrstuu' })
 */
export function resolveNpayClientOptions(options: NpayClientOptions<ApiProfile>): ResolvedNpayClientOptions {
  const { api = 'npay', clientId, clientSecret, accountId, timestampSkewMs = 0 } = options
  if (!isApiProfile(api)) throw new TypeError(`api must be 'npay' or 'commerce', got ${String(api)}`)
  // The Commerce API requires type [DOC oauth2/token]; the mall API's own default is left to the server.
  const type = options.type ?? (api === 'commerce' ? (accountId ? 'SELLER' : 'SELF') : undefined)
  if (typeof clientId !== 'string' || clientId.trim() === '') {
    throw new TypeError('clientId must be a non-empty string')
  }
  if (typeof clientSecret !== 'string' || !isBcryptSalt(clientSecret)) {
    throw new TypeError('clientSecret must be a bcrypt salt: $2a$ + 2-digit cost + $ + 22 characters')
  }
  if (type !== undefined && type !== 'SELF' && type !== 'SELLER') {
    throw new TypeError(`type must be 'SELF' or 'SELLER', got ${String(type)}`)
  }
  if (type === 'SELLER' && !accountId) throw new TypeError("type 'SELLER' requires accountId")
  if (!Number.isFinite(timestampSkewMs) || timestampSkewMs < 0) {
    throw new TypeError('timestampSkewMs must be a finite number of milliseconds >= 0')
  }
  return {
    api,
    clientId,
    clientSecret,
    baseUrl: checkBaseUrl(options.baseUrl ?? API_PROFILE_HOSTS[api].sandboxBaseUrl),
    fetch: resolveFetch(options.fetch),
    now: options.now ?? Date.now,
    type,
    accountId,
    timestampSkewMs,
  }
}

/**
 * Refuses a base URL that is not absolute http(s) and drops a trailing slash.
 * @example checkBaseUrl('http://127.0.0.1:8787/npay/partner/') // 'http://127.0.0.1:8787/npay/partner'
 */
export function checkBaseUrl(baseUrl: string): string {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL, got ${JSON.stringify(baseUrl)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`baseUrl must be http or https, got ${url.protocol}`)
  }
  return baseUrl.replace(/\/+$/, '')
}

/**
 * The given fetch made always-async, or a wrapper that reads `globalThis.fetch` at call time.
 * @example resolveFetch(undefined)(new Request('http://127.0.0.1:8787/__sandbox/health'))
 */
export function resolveFetch(fetch: FetchLike | undefined): (request: Request) => Promise<Response> {
  if (fetch !== undefined && typeof fetch !== 'function') throw new TypeError('fetch must be a function')
  if (fetch) return async (request) => fetch(request)
  return (request) => globalThis.fetch(request)
}
