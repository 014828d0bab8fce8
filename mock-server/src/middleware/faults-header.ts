/**
 * `X-Npay-Sandbox-Fault`: one request forces one fault, in the spirit of Prism's per-request override.
 * Faulted responses carry the same header naming what was injected, so a test (and the fuzzer) can tell
 * an injected 5xx from a real one.
 */
import { parseDuration, SandboxError } from '@npay-sandbox/engine'
import { type FaultRule, isBusinessCode, isGatewayCode, MAX_FAULT_LATENCY_MS } from './faults-rules.ts'

/**
 * Request header that forces a fault; response header that names an injected one.
 * @example await fetch(url, { headers: { authorization, [FAULT_HEADER]: 'GW.TIMEOUT.01' } }) // 504
 */
export const FAULT_HEADER = 'X-Npay-Sandbox-Fault'

const USAGE =
  'X-Npay-Sandbox-Fault must be a gateway code (GW.TIMEOUT.01), a business code (9999), drop, expire-token or latency=DURATION (e.g. latency=2s, at most 120s)'

/**
 * The one-off rule a header value asks for.
 * @example faultFromHeader('GW.TIMEOUT.01') // { id: 'header', kind: 'gateway', code: 'GW.TIMEOUT.01' }
 */
export function faultFromHeader(value: string): FaultRule {
  const v = value.trim()
  if (isGatewayCode(v)) return { id: 'header', kind: 'gateway', code: v }
  if (isBusinessCode(v)) return { id: 'header', kind: 'business', code: v }
  if (v === 'drop' || v === 'expire-token') return { id: 'header', kind: v }
  const m = /^latency[=:](.+)$/.exec(v)
  const ms = m ? parseDuration(m[1]!) : undefined
  if (ms !== undefined && ms <= MAX_FAULT_LATENCY_MS)
    return { id: 'header', kind: 'latency', latency: { distribution: 'fixed', ms } }
  throw new SandboxError(400, 'BAD_FAULT_HEADER', `${USAGE}; got "${v.slice(0, 100)}"`)
}
