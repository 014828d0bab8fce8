/**
 * No cross-site writes. A page on any site may send a "simple" request without asking first: a POST whose
 * content type is `text/plain`, a form type or none at all, and the browser delivers it even though the page
 * cannot read the answer. So every state-changing control-plane request must say `application/json` (which
 * a browser sends cross-site only after a CORS preflight this server never grants), and a browser's `Origin`,
 * when present, must be the server's own or one allowed by `--allowed-origin`. No CORS headers are sent.
 */
import { SandboxError } from '@npay-sandbox/engine'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a Content-Type header names JSON (`application/json`, `application/merge-patch+json`, …).
 * @example isJsonContentType('application/json; charset=utf-8') // true
 * @example isJsonContentType('text/plain') // false
 */
export function isJsonContentType(value: string | undefined): boolean {
  const type = value?.split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)
}

/** The host the request was sent to: its Host header, or the URL's host in-process. */
function requestHost(c: Context<AppEnv>): string {
  return (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase()
}

function originAllowed(c: Context<AppEnv>, origin: string, allowed: ReadonlySet<string>): boolean {
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false // `null` (a sandboxed frame, a redirect across sites) or garbage
  }
  // The host, not the whole origin: behind a TLS-terminating proxy the page is https, the request http.
  return parsed.host === requestHost(c) || allowed.has(parsed.origin)
}

/**
 * The middleware; `allowedOrigins` holds serialised origins (`https://qa.example.com`).
 * @example app.post('/__sandbox/reset', crossSiteWrites(new Set()), handler)
 */
export function crossSiteWrites(allowedOrigins: ReadonlySet<string>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next()
    const what = `${c.req.method} ${new URL(c.req.url).pathname}`
    const origin = c.req.header('origin')
    if (origin !== undefined && !originAllowed(c, origin, allowedOrigins))
      throw new SandboxError(
        403,
        'FORBIDDEN_ORIGIN',
        `${what} comes from a page at ${origin}: the control plane takes changes from its own origin and the origins given with --allowed-origin only`,
        { origin },
      )
    const type = c.req.header('content-type')
    if (!isJsonContentType(type))
      throw new SandboxError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `${what} changes the sandbox and must be sent with content-type: application/json (got ${type === undefined ? 'none' : JSON.stringify(type)}), even without a body: a page on another site cannot send that type without the browser asking first`,
        { contentType: type ?? null },
      )
    return next()
  }
}
