/**
 * The `sandbox` target: any base URL with real credentials — the real Naver Pay sandbox host by default.
 * It has no control plane, so cases that need product orders in a given state take them from a
 * fixtures file, and cases that change state run only when mutations are allowed.
 */
import { isBcryptSalt, SANDBOX_BASE_URL } from '@npay-sandbox/protocol'
import type { FetchLike } from '../exchange/record-exchange.ts'
import type { Fixtures } from '../provider-states/fixtures.ts'
import { pacedFetch } from './paced-fetch.ts'
import type { Target } from './types.ts'

/** Default spacing of requests to a real host: 2 per second. */
export const DEFAULT_SANDBOX_PACE_MS = 500

export interface SandboxTargetOptions {
  /** Default: the real sandbox host. */
  baseUrl?: string
  clientId: string
  clientSecret: string
  fixtures?: Fixtures
  /** Run cases that change product orders (they consume fixtures). Default false. */
  allowMutations?: boolean
  /** Minimum milliseconds between two requests. Default {@link DEFAULT_SANDBOX_PACE_MS}. */
  paceMs?: number
  /** Default: the global fetch, read on every call. */
  fetch?: FetchLike
}

/**
 * Creates the `sandbox` target. Credentials are checked here, before any request.
 * @example
 * const target = createSandboxTarget({ clientId, clientSecret, fixtures, allowMutations: true })
 */
export function createSandboxTarget(options: SandboxTargetOptions): Target {
  const baseUrl = (options.baseUrl ?? SANDBOX_BASE_URL).replace(/\/+$/, '')
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError(`the base URL must be http(s), got ${baseUrl}`)
  if (!options.clientId) throw new TypeError('the sandbox target needs a client id (NPAY_CLIENT_ID)')
  if (!isBcryptSalt(options.clientSecret)) {
    throw new TypeError('the client secret (NPAY_CLIENT_SECRET) must be a bcrypt salt like $2a$04$…')
  }
  const inner: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request))
  return {
    name: 'sandbox',
    // The client id stays out of logs and reports, like every other credential.
    description: `${baseUrl} with the given credentials`,
    baseUrl,
    fetch: pacedFetch(inner, options.paceMs ?? DEFAULT_SANDBOX_PACE_MS),
    credentials: { clientId: options.clientId, clientSecret: options.clientSecret },
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    allowMutations: options.allowMutations ?? false,
    close: async () => {},
  }
}
