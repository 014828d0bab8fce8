/**
 * MSW handlers that answer for the real hosts with the emulator, in-process: code that calls
 * `https://sandbox-api.pay.naver.com/npay/partner/...` gets the same responses as over HTTP.
 */
import { PRODUCTION_BASE_URL, SANDBOX_BASE_URL } from '@npay-sandbox/protocol'
import type { HttpHandler } from 'msw'
import { loadMsw } from './load-msw.ts'

/**
 * @example
 * const sandbox = createSandbox()
 * const server = setupServer(...npayHandlers(sandbox))
 * server.listen({ onUnhandledRequest: 'error' })
 */
export function npayHandlers(
  sandbox: { app: { fetch: (request: Request) => Response | Promise<Response> } },
  baseUrls: readonly string[] = [SANDBOX_BASE_URL, PRODUCTION_BASE_URL],
): HttpHandler[] {
  const { http } = loadMsw()
  return baseUrls.map((base) => http.all(`${base}/*`, ({ request }) => sandbox.app.fetch(request)))
}
