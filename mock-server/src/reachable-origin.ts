/**
 * Where a client on this machine reaches a server that listens on `host`. An unspecified address
 * (`0.0.0.0`, `::`) accepts connections on every interface but is no address to connect to: a URL with it
 * fails in browsers and in most HTTP clients, so the loopback address of the same family stands in.
 */
import { isIPv6 } from 'node:net'

/**
 * @example reachableOrigin('0.0.0.0', 8787) // { origin: 'http://127.0.0.1:8787', allInterfaces: true }
 * @example reachableOrigin('::', 8787) // { origin: 'http://[::1]:8787', allInterfaces: true }
 */
export function reachableOrigin(host: string, port: number): { origin: string; allInterfaces: boolean } {
  const bare = host.replace(/^\[(.*)\]$/, '$1')
  const ipv6 = isIPv6(bare)
  const allInterfaces = bare === '0.0.0.0' || (ipv6 && new URL(`http://[${bare}]`).hostname === '[::]')
  const shown = allInterfaces ? (ipv6 ? '::1' : '127.0.0.1') : bare
  return { origin: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`, allInterfaces }
}
