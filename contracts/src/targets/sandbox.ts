/**
 * The `sandbox` target: any base URL with real credentials — the real host of its API by default (the
 * Naver Pay sandbox host, or the Commerce API host `https://api.commerce.naver.com/external`).
 * It has no control plane, so cases that need product orders in a given state take them from a
 * fixtures file, and cases that change state run only when mutations are allowed.
 */
import { API_PROFILE_HOSTS, type ApiProfile, isBcryptSalt } from '@npay-sandbox/protocol'
import type { FetchLike } from '../exchange/record-exchange.ts'
import { profileTitle } from '../profiles.ts'
import type { Fixtures } from '../provider-states/fixtures.ts'
import { pacedFetch } from './paced-fetch.ts'
import type { Target } from './types.ts'

/** Default spacing of requests to a real host: 2 per second. */
export const DEFAULT_SANDBOX_PACE_MS = 500

export interface SandboxTargetOptions {
  /** Which API the credentials belong to. Default `npay`. */
  api?: ApiProfile
  /** Default: the real host of the API (`API_PROFILE_HOSTS[api].sandboxBaseUrl`). */
  baseUrl?: string
  clientId: string
  clientSecret: string
  /** Commerce API only: a seller id, for a `SELLER` token of that seller instead of `SELF`. */
  accountId?: string
  /** How the environment names the credentials, for the messages (default the mall API's names). */
  envNames?: { clientId: string; clientSecret: string }
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
  const api = options.api ?? 'npay'
  const names = options.envNames ?? { clientId: 'NPAY_CLIENT_ID', clientSecret: 'NPAY_CLIENT_SECRET' }
  const baseUrl = (options.baseUrl ?? API_PROFILE_HOSTS[api].sandboxBaseUrl).replace(/\/+$/, '')
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError(`the base URL must be http(s), got ${baseUrl}`)
  if (!options.clientId) throw new TypeError(`the sandbox target needs a client id (${names.clientId})`)
  if (!isBcryptSalt(options.clientSecret)) {
    throw new TypeError(`the client secret (${names.clientSecret}) must be a bcrypt salt like $2a$04$…`)
  }
  if (options.accountId !== undefined && api !== 'commerce') {
    throw new TypeError('an account id (SELLER token) is a Commerce API option')
  }
  const inner: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request))
  return {
    name: 'sandbox',
    api,
    // The client id stays out of logs and reports, like every other credential.
    description: `${baseUrl} with the given credentials (${profileTitle(api)})`,
    baseUrl,
    fetch: pacedFetch(inner, options.paceMs ?? DEFAULT_SANDBOX_PACE_MS),
    credentials: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      ...(options.accountId ? { accountId: options.accountId } : {}),
    },
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    allowMutations: options.allowMutations ?? false,
    close: async () => {},
  }
}
