/**
 * What the fuzz properties share: a sandbox with real orders and a token, a request counter, the
 * arbitraries of hostile input, and the one check every response must pass (no 5xx unless injected,
 * every 4xx in a catalogue envelope, no stack traces, the trace header on API responses).
 */
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { formatKst, GATEWAY_ERRORS, ORDER_ERRORS, TRACE_HEADER } from '@npay-sandbox/protocol'
import fc from 'fast-check'
import { createSandbox, type Sandbox, type SandboxOptions } from '../src/index.ts'
import { FAULT_HEADER } from '../src/middleware/faults-header.ts'
import { tokenForm } from './harness.ts'

export const ORIGIN = 'http://fuzz.test'
export const BASE = `${ORIGIN}/npay/partner`
const START = Date.UTC(2024, 4, 15, 1)

export interface FuzzTarget {
  sandbox: Sandbox
  token: string
  productOrderIds: string[]
  orderIds: string[]
  /** Requests sent so far. */
  sent: { count: number }
  send(
    method: string,
    url: string,
    init?: { headers?: Record<string, string>; body?: string },
  ): Promise<Response>
}

/** A frozen sandbox with a few orders in several states and a token of the default merchant. */
export async function fuzzTarget(options: SandboxOptions = {}): Promise<FuzzTarget> {
  const sandbox = createSandbox({ seed: 11, clock: 'frozen', startTime: START, ...options })
  const tenant = sandbox.engine.tenant()
  const orders = [tenant.createOrder(), tenant.createOrder({ paid: false }), tenant.createOrder()]
  const sent = { count: 0 }
  const send: FuzzTarget['send'] = async (method, url, init = {}) => {
    sent.count++
    return sandbox.app.request(url, {
      method,
      headers: init.headers ?? {},
      ...(init.body === undefined ? {} : { body: init.body }),
    })
  }
  const res = await send('POST', `${BASE}/v1/oauth2/token`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenForm(DEFAULT_MERCHANT.clientId, DEFAULT_MERCHANT.clientSecret).toString(),
  })
  const token = ((await res.json()) as { access_token: string }).access_token
  return {
    sandbox,
    token,
    productOrderIds: orders.flatMap((o) => o.productOrderIds),
    orderIds: orders.map((o) => o.orderId),
    sent,
    send,
  }
}

const STACK = /\n\s+at\s|\.ts:\d+|node_modules|TypeError|ReferenceError|RangeError|SyntaxError/
const API_ERROR_KEYS = new Set(['code', 'message', 'timestamp', 'traceId', 'invalidInputs'])
const inputsOk = (v: unknown) =>
  Array.isArray(v) &&
  v.every((i) =>
    ['name', 'type', 'message'].every((k) => typeof (i as Record<string, unknown>)?.[k] === 'string'),
  )

/** Everything wrong with one response; empty when it is acceptable. */
export async function problemsOf(
  res: Response,
  path: string,
  request: { method?: string; dropAsked?: boolean } = {},
): Promise<string[]> {
  const method = request.method ?? 'GET'
  // A latency fault also sets the header, but then the real answer follows: it may not be a 5xx.
  const injected = !(res.headers.get(FAULT_HEADER) ?? 'latency=').startsWith('latency=')
  // Response.error() has no headers to mark it: only a request that asked for a drop may get one.
  if (res.type === 'error') return request.dropAsked ? [] : [`${path}: dropped connection without a fault`]
  const problems: string[] = []
  const text = await res.text()
  if (res.status >= 500 && !injected)
    problems.push(`${path}: ${res.status} without an injected fault: ${text.slice(0, 300)}`)
  if (STACK.test(text)) problems.push(`${path}: stack trace in body: ${text.slice(0, 300)}`)
  if (path.startsWith('/npay/partner') && !res.headers.get(TRACE_HEADER))
    problems.push(`${path}: no trace header`)
  if (res.status < 400 || method === 'HEAD' || path.startsWith('/__sandbox/ui')) return problems
  let body: Record<string, unknown>
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    return [...problems, `${path}: ${res.status} body is not JSON: ${text.slice(0, 200)}`]
  }
  const fail = (why: string) => problems.push(`${path}: ${res.status} ${why}: ${text.slice(0, 300)}`)
  if (typeof body.code !== 'string' || typeof body.message !== 'string') fail('no code/message')
  else if (path.startsWith('/__sandbox')) return problems
  else if (body.code === 'BAD_FAULT_HEADER') return problems
  else if (body.code.startsWith('GW.')) {
    const entry = GATEWAY_ERRORS[body.code as keyof typeof GATEWAY_ERRORS]
    if (!entry || entry.status !== res.status || entry.message !== body.message)
      fail('gateway code off the catalogue')
    if (Object.keys(body).join() !== 'code,message,timestamp,traceId') fail('gateway body keys')
  } else {
    const known =
      Object.hasOwn(ORDER_ERRORS, body.code) ||
      body.code === 'BAD_REQUEST' ||
      body.code === 'INTERNAL_SERVER_ERROR'
    if (!known) fail('unknown code')
    if (Object.keys(body).some((k) => !API_ERROR_KEYS.has(k))) fail('undocumented keys')
    if (typeof body.timestamp !== 'string' || typeof body.traceId !== 'string') fail('no timestamp/traceId')
    if (body.invalidInputs !== undefined && !inputsOk(body.invalidInputs)) fail('malformed invalidInputs')
    if (body.code === 'BAD_REQUEST' && path.includes('pay-settle') && !inputsOk(body.invalidInputs))
      fail('settlement without invalidInputs')
  }
  return problems
}

/** Date-times good, bad and almost good, as a client might send them. */
export const dateTime = fc.oneof(
  fc.integer({ min: START - 30 * 86_400_000, max: START + 86_400_000 }).map(formatKst),
  fc.constantFrom(
    '2024-05-15T10:00:00.000+09:00',
    '2024-05-15T10:00:00+09:00',
    '2024-05-15T10:00:00.0+09:00',
    '2024-05-15T01:00:00.000Z',
    '2024-02-30T10:00:00.000+09:00',
    '2024-13-01T10:00:00.000+09:00',
    '2024-05-15T24:00:00.000+09:00',
    '99999-05-15T10:00:00.000+09:00',
    '2024-05-15 10:00:00.000 09:00',
    '2024-05-15',
    '',
  ),
)

/** Strings from harmless to hostile: unicode, control characters, long, numeric-looking. */
export const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.stringMatching(/^\d{1,20}$/),
  fc.constantFrom(
    'null',
    'undefined',
    '[]',
    '{}',
    '-1',
    '0',
    '1e309',
    'NaN',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
  ),
)

/** A path segment, usually encoded, sometimes raw and malformed. */
export const segment = (known: string[]) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...known) },
      {
        weight: 3,
        arbitrary: text
          .filter((s) => s.length > 0)
          .map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '..', '%2F', '%252F', '%C0%AF', '%F0%9F'),
      },
    )
    .filter((s) => s.length > 0)

/** A query string, values encoded or raw (so `+` and `&` arrive unencoded). */
export function queryString(names: string[]): fc.Arbitrary<string> {
  const pair = fc.tuple(
    fc.oneof(
      fc.constantFrom(...names, 'unknown'),
      text.filter((s) => s.length > 0),
    ),
    fc.oneof(dateTime, text, fc.integer().map(String)),
    fc.boolean(),
  )
  return fc
    .array(pair, { maxLength: 6 })
    .map((pairs) =>
      pairs
        .map(
          ([k, v, raw]) =>
            `${encodeURIComponent(k.replace(/[\uD800-\uDFFF]/g, ''))}=${raw ? v.replace(/[#&\uD800-\uDFFF]/g, '') : encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, ''))}`,
        )
        .join('&'),
    )
}
