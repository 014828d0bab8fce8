/**
 * Fault injection on the real API paths: the merchant's rules (`/__sandbox/faults`) or a one-off
 * `X-Npay-Sandbox-Fault` request header decide whether to delay the request, answer it with a fault,
 * or let it through. Runs after authentication and rate limiting, where the real gateway's own
 * failures happen.
 */
import type { Engine } from '@npay-sandbox/engine'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { profileOfPath } from '../registry/profiles.ts'
import { FAULT_HEADER, faultFromHeader } from './faults-header.ts'
import { injectFault } from './faults-inject.ts'
import { sampleLatency } from './faults-rules.ts'
import { type FaultDecision, faultSetOf } from './faults-set.ts'
import type { ResolvedRateLimit } from './rate-limit.ts'

export interface FaultOptions {
  diagnostics: boolean
  rateLimit: ResolvedRateLimit
  /** How injected latency waits (default a timer); tests pass a recorder instead of waiting. */
  sleep?: ((ms: number) => Promise<void>) | undefined
}

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The fault middleware of the real API paths.
 * @example mountApi(app, engine, handlers, { lint, rateLimit, faults: faults(engine, { diagnostics: true, rateLimit: resolveRateLimit() }) })
 */
export function faults(engine: Engine, options: FaultOptions): MiddlewareHandler<AppEnv> {
  const sleep = options.sleep ?? timer
  const ctx = { engine, diagnostics: options.diagnostics, rateLimit: options.rateLimit }
  return async (c, next) => {
    // Hono answers HEAD by rebuilding the GET response without a body, which a dropped connection's
    // Response.error() cannot survive; no client of this API sends HEAD, so it gets no faults.
    if (c.req.method === 'HEAD') return next()
    const decision = decide(c.req.header(FAULT_HEADER), {
      tenant: c.get('tenant'),
      method: c.req.method,
      path: profileOfPath(new URL(c.req.url).pathname)?.path ?? new URL(c.req.url).pathname,
      operationId: c.get('operation')?.operationId,
    })
    if (decision.latencyMs > 0) await sleep(decision.latencyMs)
    if (decision.answer) return injectFault(c, decision.answer, ctx)
    await next()
    if (decision.delayedBy.length > 0)
      c.res.headers.set(FAULT_HEADER, `latency=${decision.latencyMs}ms (${decision.delayedBy.join(', ')})`)
  }
}

const NONE: FaultDecision = { latencyMs: 0, delayedBy: [], answer: undefined }

function decide(
  header: string | undefined,
  request: {
    tenant: AppEnv['Variables']['tenant']
    method: string
    path: string
    operationId: string | undefined
  },
): FaultDecision {
  if (header !== undefined) {
    const rule = faultFromHeader(header)
    if (rule.kind !== 'latency') return { latencyMs: 0, delayedBy: [], answer: rule }
    return { latencyMs: sampleLatency(rule.latency!, () => 0), delayedBy: ['header'], answer: undefined }
  }
  if (!request.tenant) return NONE
  return faultSetOf(request.tenant).decide(request)
}
