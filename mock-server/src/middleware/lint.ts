/**
 * Client-behaviour lint on the real API paths: looks at each request before it runs and at its
 * response after, records findings in the merchant's lint log and hands them to the journal
 * (`c.set('lint')`). Never changes a response.
 */
import type { Tenant } from '@npay-sandbox/engine'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { unknownBodyFields } from '../lint/body-fields.ts'
import { type LintLog, type LintNote, lintLogOf } from '../lint/findings.ts'
import { ignoredMore, noMargin, rememberMore } from '../lint/last-changed.ts'
import { notePaymentWaiting, paymentExpiryMissed } from '../lint/payment-expiry.ts'
import { dispatchResent, excessIssuance, reusableTokens, unencodedPlus } from '../lint/request-rules.ts'
import { sentBody, sentValue } from '../respond.ts'

type Ctx = Parameters<MiddlewareHandler<AppEnv>>[0]

/** Reads that tell the client a product order's status (lint/payment-expiry.ts follows what it holds). */
const READS_STATUSES = new Set(['getLastChangedStatuses', 'queryProductOrders', 'searchProductOrders'])

/** The JSON body as the gateway read it; only a body sent as JSON has fields to check. */
function jsonBody(c: Ctx): unknown {
  const body = c.get('requestBody')
  if (body?.kind !== 'json' || !c.req.header('content-type')?.includes('json')) return undefined
  return body.value
}

async function responseJson(res: Response): Promise<unknown> {
  // Status 0 is Response.error() (a dropped connection); `type` would materialise the response (observe.ts).
  if (res.status === 0 || !res.headers.get('content-type')?.includes('json')) return undefined
  // The answer's own data, when `json` wrote it (no second parse of a 75 KB last-changed page).
  const value = sentValue(res)
  if (value !== undefined) return value
  try {
    const sent = sentBody(res)
    return sent === undefined ? await res.clone().json() : JSON.parse(sent)
  } catch {
    return undefined
  }
}

/** Findings that need only the request and the state before it runs. */
function before(c: Ctx, tenant: Tenant, operationId: string, body: unknown): LintNote[] {
  const url = new URL(c.req.url)
  const notes = [unencodedPlus(c.req.url)]
  if (operationId === 'getLastChangedStatuses') {
    notes.push(
      noMargin(url.searchParams, tenant.now()),
      ignoredMore(lintLogOf(tenant), url.searchParams),
      paymentExpiryMissed(tenant, url.searchParams),
    )
  }
  if (operationId === 'dispatchProductOrders') notes.push(dispatchResent(tenant, body))
  if (operationId !== 'issueToken') notes.push(unknownBodyFields(operationId, body))
  return notes.filter((n): n is LintNote => n !== undefined)
}

/**
 * After a 401 GW.AUTHN the docs tell the client to issue a token (facts §3.7): that request is owed,
 * not excess, until a token request succeeds.
 */
function noteReissue(log: LintLog, operationId: string, c: Ctx) {
  if (operationId === 'issueToken') {
    if (c.res.status === 200) log.reissueOwed = false
  } else if (c.get('errorCode') === 'GW.AUTHN') log.reissueOwed = true
}

/**
 * The lint step of the real API operations (after admission, before rate limiting).
 * @example mountApi(app, engine, handlers, { lint: lint(), rateLimit, faults })
 */
export function lint(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const tenant = c.get('tenant')
    const operation = c.get('operation')
    if (!tenant || !operation) return next()
    const { operationId } = operation
    const notes = before(c, tenant, operationId, jsonBody(c))
    const log = lintLogOf(tenant)
    const reusable = operationId === 'issueToken' && !log.reissueOwed ? reusableTokens(tenant) : undefined
    await next()
    noteReissue(log, operationId, c)
    const reads = READS_STATUSES.has(operationId) && c.res.status === 200
    const body = reusable || reads ? await responseJson(c.res) : undefined
    if (reads) notePaymentWaiting(tenant, body)
    if (reusable) notes.push(...[excessIssuance(reusable, c.res.status, body)].filter((n) => n !== undefined))
    if (operationId === 'getLastChangedStatuses' && c.res.status === 200)
      rememberMore(lintLogOf(tenant), new URL(c.req.url).searchParams, body)
    const rate = c.get('rateExceeded')
    if (rate) {
      notes.push({
        rule: 'faster-than-rate-limit',
        message: `${operationId} was called faster than the gateway allows: ${rate.perSecond} requests per second per API, burst ${rate.burst}`,
        advice: `Throttle each API to at most ${rate.perSecond} requests per second (queue calls per operation) and back off on 429 GW.RATE_LIMIT, which has no Retry-After; start the sandbox with --realistic to have it enforce the limit.`,
      })
    }
    if (notes.length === 0) return
    const request = { method: c.req.method, path: new URL(c.req.url).pathname, operationId }
    for (const note of notes) log.record(note, request, tenant.now())
    c.set('lint', notes)
  }
}
