/**
 * Which host names are this machine itself. A page on the web can never be served from them, and no DNS
 * answer can point them elsewhere: browsers resolve `localhost` and `*.localhost` to loopback on their own
 * (RFC 6761), and an address is an address.
 */

/**
 * A host as the WHATWG URL parser writes it (lower case, IPv4 in dotted decimal, IPv6 in brackets), without
 * the port; undefined when `host` (a Host header, `name[:port]`) is not a host.
 * @example canonicalHost('LOCALHOST:8787') // 'localhost'
 * @example canonicalHost('0x7f.1') // '127.0.0.1'
 */
export function canonicalHost(host: string): string | undefined {
  if (host === '' || /[/\\@?#\s]/.test(host)) return undefined
  try {
    return new URL(`http://${host}`).hostname
  } catch {
    return undefined
  }
}

/**
 * Whether a canonical hostname is an IP address literal (v4 dotted decimal or bracketed v6).
 * @example isIpLiteral('[::1]') // true
 */
export function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)
}

/**
 * Whether a canonical hostname names this machine: `localhost`, `*.localhost`, `127.0.0.0/8`, `[::1]`
 * (also as the IPv4-mapped `[::ffff:127.x.y.z]`).
 * @example isLoopbackHostname('127.0.0.2') // true
 * @example isLoopbackHostname('0.0.0.0') // false: every interface, reachable from the network
 */
export function isLoopbackHostname(hostname: string): boolean {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true
  if (/^127(\.\d{1,3}){3}$/.test(hostname)) return true
  return hostname === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname)
}

/**
 * Whether a listen address (`--host`: a name, an IPv4 address, an IPv6 address with or without brackets)
 * accepts connections from this machine only.
 * @example isLoopbackBind('127.0.0.1') // true
 * @example isLoopbackBind('::') // false
 */
export function isLoopbackBind(host: string): boolean {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
  const hostname = canonicalHost(bracketed)
  return hostname !== undefined && isLoopbackHostname(hostname)
}
