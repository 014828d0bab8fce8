/**
 * Every response carries `GNCP-GW-Trace-ID`; every API request, and every control-plane call that changes
 * a merchant, lands in its tenant's journal with its source, method, path, status, code, latency,
 * diagnostic and (bounded) bodies.
 */
import type { Engine, JournalSource, Tenant } from '@npay-sandbox/engine'
import { formatKst, TRACE_HEADER } from '@npay-sandbox/protocol'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { sentBody } from '../respond.ts'

const MAX_BODY_CHARS = 16_384
const REDACTED_HEADERS = new Set(['authorization', 'cookie'])

/**
 * The dashboard marks its own calls with this header (value `dashboard`), so its journal entries, such
 * as the 401 of its cached token after a clock jump, are not taken for the integration's.
 */
export const SOURCE_HEADER = 'X-Npay-Sandbox-Source'

function sourceOf(header: string | undefined, controlPlane: boolean): JournalSource {
  if (header?.toLowerCase() === 'dashboard') return 'dashboard'
  return controlPlane ? 'control' : 'integration'
}

export function observe(engine: Engine, nextTraceId: (epochMs: number) => string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    c.set('traceId', nextTraceId(Date.now()))
    c.set('tenant', undefined)
    c.set('diagnostic', undefined)
    c.set('errorCode', undefined)
    await next()
    // A dropped connection (fault) is Response.error() (status 0), whose headers cannot change. The status,
    // not `type`: reading `type` makes @hono/node-server build a full Response around a body it would
    // otherwise write as it is.
    if (c.res.status !== 0) c.res.headers.set(TRACE_HEADER, c.get('traceId'))
    const path = new URL(c.req.url).pathname
    const controlPlane = path.startsWith('/__sandbox')
    // Control-plane reads (the dashboard polls them) are not worth an entry; a change to a merchant is.
    if (controlPlane && (c.req.method === 'GET' || !c.get('tenant'))) return
    const tenant: Tenant = c.get('tenant') ?? engine.tenant()
    // The gateway's one read of the body (registry/request-body.ts); a path that is no API at all was
    // not read, and is now, through Hono's body cache (never a clone, which tees the stream).
    const requestText = c.get('requestBody')?.text ?? (c.req.method === 'GET' ? '' : await c.req.text())
    const responseText = sentBody(c.res) ?? (await c.res.clone().text())
    const url = new URL(c.req.url)
    const diagnostic = c.get('diagnostic')
    const errorCode = c.get('errorCode')
    tenant.journal.add({
      at: formatKst(tenant.now()),
      method: c.req.method,
      path,
      status: c.res.status,
      source: sourceOf(c.req.header(SOURCE_HEADER), controlPlane),
      ...(errorCode ? { code: errorCode } : {}),
      latencyMillis: Math.round((performance.now() - started) * 100) / 100,
      ...(c.get('tenant') ? { clientId: tenant.clientId } : {}),
      ...(diagnostic ? { diagnostic } : {}),
      ...(c.get('lint') ? { lint: c.get('lint') } : {}),
      request: {
        headers: headersOf(c.req.raw.headers),
        query: Object.fromEntries(url.searchParams),
        ...(requestText ? { body: parseMaybe(requestText) } : {}),
      },
      response: {
        headers: headersOf(c.res.headers),
        ...(responseText ? { body: parseMaybe(responseText) } : {}),
      },
    })
  }
}

function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, key) => {
    out[key] = REDACTED_HEADERS.has(key) ? `${value.slice(0, 12)}…` : value
  })
  return out
}

/** A copy of the first `n` characters: a slice would keep the whole body alive for the journal's life. */
const copiedPrefix = (text: string, n: number) => Buffer.from(text.slice(0, n)).toString()

function parseMaybe(text: string): unknown {
  if (text.length > MAX_BODY_CHARS)
    return `${copiedPrefix(text, MAX_BODY_CHARS)}… (${text.length} characters)`
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
