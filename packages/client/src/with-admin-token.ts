import type { FetchLike } from './options.ts'

/** The path prefix of the emulator's control plane and dashboard. */
const CONTROL_PREFIX = '/__sandbox'

/**
 * A fetch that adds `Authorization: Bearer <adminToken>` to requests for `origin`'s control plane
 * (`/__sandbox/...`) and leaves every other request as it is, so one fetch can serve a control-plane client
 * and an API client whose own bearer tokens must not be replaced. Without a token, `fetch` itself.
 * @example
 * const fetch = withAdminToken((r) => globalThis.fetch(r), 'http://qa.internal:8787', process.env.NPAY_SANDBOX_ADMIN_TOKEN)
 */
export function withAdminToken(fetch: FetchLike, origin: string, adminToken: string | undefined): FetchLike {
  if (adminToken === undefined) return fetch
  const expected = new URL(origin).origin
  return (request) => {
    const url = new URL(request.url)
    const control = url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)
    if (url.origin !== expected || !control || request.headers.has('authorization')) return fetch(request)
    const headers = new Headers(request.headers)
    headers.set('authorization', `Bearer ${adminToken}`)
    return fetch(new Request(request, { headers }))
  }
}
