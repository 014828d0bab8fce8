/**
 * Who may use the control plane and the dashboard (docs/decisions/0005-control-plane-security.md): the
 * options, checked once when the app is built, and the middleware they give. The real API paths are not
 * covered: clients reach them by many names, and bearer tokens protect them already.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { adminAuth } from './admin-auth.ts'
import { crossSiteWrites } from './cross-site-writes.ts'
import { hostCheck } from './host-check.ts'
import { canonicalHost } from './loopback.ts'

export interface ControlSecurityOptions {
  /**
   * Host names the control plane and the dashboard answer besides loopback names, IP addresses and the
   * address the server listens on (`--allowed-host`). `.example.com` allows the domain and its subdomains.
   */
  allowedHosts?: readonly string[]
  /**
   * Origins besides the server's own from which a browser may send state-changing control-plane requests
   * (`--allowed-origin`), e.g. `https://qa.example.com`.
   */
  allowedOrigins?: readonly string[]
  /** Bearer token the control plane requires (`--admin-token`); without one, no token is asked for. */
  adminToken?: string
}

/** The three checks, ready to mount. */
export interface ControlSecurity {
  /** Refuses Host headers that could come from a DNS-rebinding page (control plane and dashboard). */
  host: MiddlewareHandler<AppEnv>
  /** Refuses state-changing requests a page on another site could send. */
  writes: MiddlewareHandler<AppEnv>
  /** Asks for the admin token, when there is one. */
  admin: MiddlewareHandler<AppEnv>
}

/**
 * Checks the options and builds the middleware; throws a `TypeError` naming a bad value. `allowedHosts`
 * is read on every request, so a caller may add to its array later (createSandbox adds the bound address).
 * @example const security = controlSecurity({ adminToken: 's3cret', allowedHosts: ['qa.internal'] })
 */
export function controlSecurity(options: ControlSecurityOptions = {}): ControlSecurity {
  checkControlSecurityOptions(options)
  const origins = new Set((options.allowedOrigins ?? []).map((o) => new URL(o).origin))
  return {
    host: hostCheck(options.allowedHosts ?? []),
    writes: crossSiteWrites(origins),
    admin: adminAuth(options.adminToken),
  }
}

/**
 * Throws a `TypeError` for the first value that cannot work.
 * @example checkControlSecurityOptions({ allowedOrigins: ['qa.example.com'] }) // throws: no scheme
 */
export function checkControlSecurityOptions(options: ControlSecurityOptions): void {
  for (const host of options.allowedHosts ?? []) {
    const name = host.startsWith('.') ? host.slice(1) : host
    if (name === '' || canonicalHost(name) !== name.toLowerCase() || name.includes(':'))
      throw new TypeError(`allowed host must be a host name without port, got ${JSON.stringify(host)}`)
  }
  for (const origin of options.allowedOrigins ?? []) {
    let parsed: URL | undefined
    try {
      parsed = new URL(origin)
    } catch {}
    const bare = parsed && parsed.pathname === '/' && !parsed.search && !parsed.hash && !parsed.username
    if (!parsed || !bare || !/^https?:$/.test(parsed.protocol) || origin.endsWith('/'))
      throw new TypeError(
        `allowed origin must be scheme://host[:port] such as https://qa.example.com, got ${JSON.stringify(origin)}`,
      )
  }
  const token = options.adminToken
  if (token !== undefined && !/^[\x21-\x7e]+$/.test(token))
    throw new TypeError('the admin token must be non-empty printable ASCII without spaces')
}
