/**
 * Fault injection on the real API paths: the merchant's rules (`/__sandbox/faults`) or a one-off
 * `X-Npay-Sandbox-Fault` request header decide whether to delay the request, answer it with a fault,
 * or let it through. Runs after authentication and rate limiting, where the real gateway's own
 * failures happen.
 */

import type { MiddlewareHandler } from 'hono'
import type { Engine } from '../../../packages/engine/src/index.js'
import type { AppEnv } from '../env.js'
import type { ResolvedRateLimit } from './rate-limit.js'
export interface FaultOptions {
  diagnostics: boolean
  rateLimit: ResolvedRateLimit
  /** How injected latency waits (default a timer); tests pass a recorder instead of waiting. */
  sleep?: ((ms: number) => Promise<void>) | undefined
}
/**
 * The fault middleware of the real API paths.
 * @example app.use(`${BASE_PATH}/*`, faults(engine, { diagnostics: true, rateLimit: resolveRateLimit() }))
 */
export declare function faults(engine: Engine, options: FaultOptions): MiddlewareHandler<AppEnv>
