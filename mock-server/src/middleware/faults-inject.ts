/**
 * Writes the response of a fault that answers a request: the catalogue's real status, body and headers
 * for gateway and business errors, a dropped connection, or a token that expires mid-flow.
 */
import type { Engine } from '@npay-sandbox/engine'
import {
  NpayError,
  ORDER_ERRORS,
  type OrderErrorCode,
  type SettlementErrorCode,
} from '@npay-sandbox/protocol'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { errorResponse } from '../respond.ts'
import { FAULT_HEADER } from './faults-header.ts'
import { type FaultRule, isGatewayCode } from './faults-rules.ts'
import { type ResolvedRateLimit, rateLimitHeaders } from './rate-limit.ts'

/** Hourly-quota headers of the gateway (facts §6). */
export const QUOTA_HEADERS = {
  period: 'GNCP-GW-Quota-Period',
  limit: 'GNCP-GW-Quota-Limit',
  remaining: 'GNCP-GW-Quota-Remaining',
} as const

/** [REC] The real quota values are not published; a rule's `headers` can replace these. */
const DEFAULT_QUOTA = { period: 'ROUND', limit: '1000', remaining: '0' }

export interface InjectContext {
  engine: Engine
  diagnostics: boolean
  rateLimit: ResolvedRateLimit
}

/**
 * Answers a request with the fault `rule` asks for.
 * @example return injectFault(c, { id: 'header', kind: 'gateway', code: 'GW.TIMEOUT.01' }, ctx)
 */
export function injectFault(c: Context<AppEnv>, rule: FaultRule, ctx: InjectContext): Response {
  const label = rule.id === 'header' ? `${FAULT_HEADER} header` : `rule ${rule.id}`
  const what = rule.kind === 'gateway' || rule.kind === 'business' ? rule.code! : rule.kind
  c.set('diagnostic', `injected fault (${label}): ${what}`)
  if (rule.kind === 'drop') return drop(c)
  const error = errorOf(c, rule, `injected fault (${label}): ${what}`, ctx.engine)
  const res = errorResponse(c, error, ctx.diagnostics)
  const extra: Record<string, string> =
    rule.code === 'GW.RATE_LIMIT'
      ? rateLimitHeaders(ctx.rateLimit, 0)
      : rule.code === 'GW.QUOTA_LIMIT'
        ? {
            [QUOTA_HEADERS.period]: DEFAULT_QUOTA.period,
            [QUOTA_HEADERS.limit]: DEFAULT_QUOTA.limit,
            [QUOTA_HEADERS.remaining]: DEFAULT_QUOTA.remaining,
          }
        : {}
  for (const [name, value] of Object.entries({ ...extra, ...rule.headers })) res.headers.set(name, value)
  res.headers.set(FAULT_HEADER, rule.kind === 'expire-token' ? 'expire-token' : what)
  return res
}

function errorOf(c: Context<AppEnv>, rule: FaultRule, diagnostic: string, engine: Engine): NpayError {
  if (rule.kind === 'expire-token') {
    expireCallersToken(c, engine)
    return NpayError.gateway('GW.AUTHN', `${diagnostic}: the access token expired mid-flow; issue a new one`)
  }
  const code = rule.code ?? 'GW.INTERNAL_SERVER_ERROR'
  if (isGatewayCode(code)) return NpayError.gateway(code, diagnostic)
  if (Object.hasOwn(ORDER_ERRORS, code)) return NpayError.order(code as OrderErrorCode, { diagnostic })
  return NpayError.settlement(code as SettlementErrorCode)
}

/**
 * Expires the caller's token if it is the merchant's current one, so the next call gets 401 too and
 * the next token request issues a new token (fewer than 30 minutes left), as after a real expiry.
 */
function expireCallersToken(c: Context<AppEnv>, engine: Engine) {
  const value = /^Bearer\s+(\S+)/i.exec(c.req.header('authorization') ?? '')?.[1]
  if (c.get('tenant') && value) engine.expireToken(value)
}

/**
 * Over TCP (@hono/node-server passes the raw request as `c.env.incoming`) the socket is destroyed, so
 * the client sees a reset connection. In-process there is no socket: `Response.error()` is what fetch
 * rejects with a network error for under MSW, and what `app.request` hands back as status 0.
 */
function drop(c: Context<AppEnv>): Response {
  const env = c.env as { incoming?: { socket?: { destroy(): void } | null } } | undefined
  env?.incoming?.socket?.destroy()
  c.set('errorCode', 'DROPPED')
  return Response.error()
}

/**
 * Wraps `app.fetch` for @hono/node-server: after a drop the socket is gone already, and the adapter
 * would refuse (and log) the status 0 of `Response.error()`; an empty response is written nowhere.
 * @example serve({ fetch: overTcp(app.fetch), port: 8787 })
 */
export function overTcp<E>(
  fetch: (request: Request, env: E) => Response | Promise<Response>,
): (request: Request, env: E) => Promise<Response> {
  return async (request, env) => {
    const res = await fetch(request, env)
    // Status 0, not `type`, which would make the adapter build a full Response (see observe.ts).
    return res.status === 0 ? new Response(null, { status: 204 }) : res
  }
}
