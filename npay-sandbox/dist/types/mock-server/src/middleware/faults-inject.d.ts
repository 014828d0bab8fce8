/**
 * Writes the response of a fault that answers a request: the catalogue's real status, body and headers
 * for gateway and business errors, a dropped connection, or a token that expires mid-flow.
 */

import type { Context } from 'hono'
import type { Engine } from '../../../packages/engine/src/index.js'
import type { AppEnv } from '../env.js'
import { type FaultRule } from './faults-rules.js'
import { type ResolvedRateLimit } from './rate-limit.js'
/** Hourly-quota headers of the gateway (facts §6). */
export declare const QUOTA_HEADERS: {
  readonly period: 'GNCP-GW-Quota-Period'
  readonly limit: 'GNCP-GW-Quota-Limit'
  readonly remaining: 'GNCP-GW-Quota-Remaining'
}
export interface InjectContext {
  engine: Engine
  diagnostics: boolean
  rateLimit: ResolvedRateLimit
}
/**
 * Answers a request with the fault `rule` asks for.
 * @example return injectFault(c, { id: 'header', kind: 'gateway', code: 'GW.TIMEOUT.01' }, ctx)
 */
export declare function injectFault(c: Context<AppEnv>, rule: FaultRule, ctx: InjectContext): Response
/**
 * Wraps `app.fetch` for @hono/node-server: after a drop the socket is gone already, and the adapter
 * would refuse (and log) the status 0 of `Response.error()`; an empty response is written nowhere.
 * @example serve({ fetch: overTcp(app.fetch), port: 8787 })
 */
export declare function overTcp<E>(
  fetch: (request: Request, env: E) => Response | Promise<Response>,
): (request: Request, env: E) => Promise<Response>
