/**
 * MSW handlers that answer for the real hosts with the emulator, in-process: code that calls
 * `https://sandbox-api.pay.naver.com/npay/partner/...` or the Commerce API at
 * `https://api.commerce.naver.com/external/...` gets the same responses as over HTTP.
 */
import { API_PROFILE_HOSTS, API_PROFILES } from '@npay-sandbox/protocol'
import type { HttpHandler } from 'msw'
import { loadMsw } from './load-msw.ts'

/** Every real base URL of every API profile (sandbox and production hosts), each once. */
export const REAL_BASE_URLS: readonly string[] = [
  ...new Set(
    API_PROFILES.flatMap((api) => [
      API_PROFILE_HOSTS[api].sandboxBaseUrl,
      API_PROFILE_HOSTS[api].productionBaseUrl,
    ]),
  ),
]

/**
 * Handlers for `baseUrls` (default: the Npay sandbox and production hosts and the Commerce API host).
 * Which API a request may use is the emulator's business: a mall app's token is refused under
 * `/external`, as the real gateway refuses it.
 * @example
 * const sandbox = createSandbox()
 * const server = setupServer(...npayHandlers(sandbox))
 * server.listen({ onUnhandledRequest: 'error' })
 */
export function npayHandlers(
  sandbox: { app: { fetch: (request: Request) => Response | Promise<Response> } },
  baseUrls: readonly string[] = REAL_BASE_URLS,
): HttpHandler[] {
  const { http } = loadMsw()
  return baseUrls.map((base) => http.all(`${base}/*`, ({ request }) => sandbox.app.fetch(request)))
}
