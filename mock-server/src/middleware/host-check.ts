/**
 * DNS-rebinding defence. A page at `http://evil.example` whose name its owner re-points to 127.0.0.1 talks to
 * the emulator as its own origin, so the browser lets it read the answers; only the Host header still says
 * `evil.example`. The control plane and the dashboard answer a Host that names this machine (loopback
 * names), an IP address (a page can only be served from an address by the server at that address, so an
 * address cannot be rebound), the name the server listens on, or a name allowed by `--allowed-host`.
 * Like webpack-dev-server's host check and Vite's `server.allowedHosts`.
 */
import { SandboxError } from '@npay-sandbox/engine'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { canonicalHost, isIpLiteral, isLoopbackHostname } from './loopback.ts'

/**
 * Whether a request came through a socket (@hono/node-server passes the Node request as `env.incoming`).
 * `app.request()` and MSW hand the app a `Request` that no network carried.
 */
function overNetwork(env: unknown): boolean {
  return typeof env === 'object' && env !== null && 'incoming' in env
}

function allowedName(hostname: string, allowed: readonly string[]): boolean {
  for (const entry of allowed) {
    const name = entry.toLowerCase()
    if (name.startsWith('.') ? hostname === name.slice(1) || hostname.endsWith(name) : hostname === name)
      return true
  }
  return false
}

/**
 * Whether a Host header value may reach the control plane.
 * @example hostAllowed('localhost:8787', []) // true
 * @example hostAllowed('evil.example', []) // false
 */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const hostname = canonicalHost(host)
  if (hostname === undefined) return false
  return isLoopbackHostname(hostname) || isIpLiteral(hostname) || allowedName(hostname, allowed)
}

/**
 * The middleware. A request without a Host header that no socket carried is in-process (`app.request`,
 * MSW, a custom harness): there is no network and no browser to rebind, so it passes. Over TCP every
 * HTTP/1.1 request has a Host; one without it is refused.
 * @example app.get('/__sandbox/state', hostCheck(['qa.internal']), handler)
 */
export function hostCheck(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const host = c.req.header('host')
    if (host === undefined ? !overNetwork(c.env) : hostAllowed(host, allowed)) return next()
    const shown = host === undefined ? 'no Host header' : `Host ${JSON.stringify(host)}`
    throw new SandboxError(
      403,
      'FORBIDDEN_HOST',
      `${shown} is not a name of this sandbox: the control plane and the dashboard answer localhost, IP addresses, the address the server listens on and the names given with --allowed-host (a DNS-rebinding page would send its own name)`,
      { host: host ?? null },
    )
  }
}
