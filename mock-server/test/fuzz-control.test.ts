/**
 * Property-based fuzzing of the control plane (every documented operation with hostile path segments,
 * queries and bodies) and of fault injection (random rule sets and override headers): control-plane
 * errors are `{code, message}` 4xx, and the only 5xx or dropped connections are the injected ones.
 */
import { GATEWAY_ERRORS } from '@npay-sandbox/protocol'
import { controlPlaneDocument } from '@npay-sandbox/schema'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { FAULT_HEADER } from '../src/middleware/faults-header.ts'
import {
  BASE,
  type FuzzTarget,
  fuzzTarget,
  ORIGIN,
  problemsOf,
  queryString,
  segment,
  text,
} from './fuzz-support.ts'

const TIMEOUT = 60_000
const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'
let control: FuzzTarget
let faults: FuzzTarget

beforeAll(async () => {
  control = await fuzzTarget()
  faults = await fuzzTarget({ sleep: async () => {} })
})

const OPERATIONS = Object.entries(
  controlPlaneDocument.paths as Record<string, Record<string, unknown>>,
).flatMap(([path, item]) =>
  Object.keys(item)
    .filter((m) => ['get', 'post', 'put', 'delete'].includes(m))
    .map((m) => ({ method: m.toUpperCase(), path })),
)
const NAMES = [
  'clientId',
  'limit',
  'status',
  'path',
  'productOrderStatus',
  'claimType',
  'by',
  'count',
  'seed',
]
const TEMPLATES = [
  {},
  { paid: false },
  { by: '1h' },
  { by: 'soon' },
  { rules: [] },
  { items: [{ quantity: 2 }] },
  { clientId: 'nobody' },
  { reason: 'INTENT_CHANGED' },
]

test('random control-plane calls answer JSON, and errors as {code, message} 4xx', {
  timeout: TIMEOUT,
}, async () => {
  const known = [
    ...control.productOrderIds,
    control.sandbox.engine.defaultMerchant.clientId,
    'deliver',
    'buyer-cancel',
    '1',
  ]
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(
        ...OPERATIONS,
        { method: 'GET', path: '/__sandbox/ui/{x}' },
        { method: 'PATCH', path: '/__sandbox/orders' },
      ),
      fc.array(segment(known), { minLength: 2, maxLength: 2 }),
      queryString(NAMES),
      fc.oneof(fc.constantFrom(...TEMPLATES), fc.jsonValue({ maxDepth: 3 })),
      fc.boolean(),
      async (op, values, query, body, rawBody) => {
        let i = 0
        const path = `${op.path.replace(/\{\w+\}/g, () => values[i++] ?? 'x')}${query ? `?${query}` : ''}`
        const res = await control.send(op.method, `${ORIGIN}${path}`, {
          headers: { 'content-type': 'application/json' },
          ...(op.method === 'GET' ? {} : { body: rawBody ? String(body) : JSON.stringify(body) }),
        })
        expect(await problemsOf(res, path, { method: op.method })).toEqual([])
      },
    ),
    { numRuns: 2000, seed: 8_101 },
  )
})

/** Rules that pass validation, so faults of every kind really fire. */
const validRule = fc
  .tuple(
    fc.oneof(
      fc.record({ kind: fc.constant('gateway'), code: fc.constantFrom(...Object.keys(GATEWAY_ERRORS)) }),
      fc.record({
        kind: fc.constant('business'),
        code: fc.constantFrom('9999', '104119', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR'),
      }),
      fc.record({ kind: fc.constant('latency'), latency: fc.record({ ms: fc.nat({ max: 120_000 }) }) }),
      fc.constantFrom({ kind: 'drop' }, { kind: 'expire-token' }),
    ),
    fc.oneof(
      fc.constant({}),
      fc.record({ probability: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ nth: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ times: fc.integer({ min: 1, max: 3 }) }),
    ),
    fc.constantFrom({}, { operationId: 'getReviews' }, { path: '/v1/pay-order/*', method: 'GET' }),
  )
  .map(([fault, trigger, match]) => ({ ...fault, ...trigger, ...match }))

const randomRule = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 5 }), fc.constant('r')),
    method: fc.constantFrom('GET', 'POST', '*', 'get', 'BREW'),
    path: fc.constantFrom('/v1/pay-order/mall/reviews', '/v1/*', '/v1/pay-order/{x}/*', 'nope', '/'),
    operationId: fc.constantFrom('getReviews', 'issueToken', 'nope'),
    kind: fc.constantFrom('gateway', 'business', 'latency', 'drop', 'expire-token', 'explode'),
    code: fc.constantFrom(
      'GW.TIMEOUT.01',
      'GW.PROXY.03',
      'GW.QUOTA_LIMIT',
      'GW.AUTHN',
      '9999',
      'BAD_REQUEST',
      'x',
    ),
    latency: fc.record(
      {
        distribution: fc.constantFrom('fixed', 'uniform', 'exponential', 'pareto'),
        ms: fc.integer({ min: -5, max: 200_000 }),
        minMs: fc.nat({ max: 1000 }),
        maxMs: fc.nat({ max: 1000 }),
        meanMs: fc.nat({ max: 1000 }),
      },
      { requiredKeys: [] },
    ),
    headers: fc.dictionary(
      fc.constantFrom('GNCP-GW-Quota-Limit', 'x-a', 'bad header'),
      fc.string({ maxLength: 5 }),
    ),
    probability: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
    nth: fc.integer({ min: -1, max: 3 }),
    times: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: ['kind'] },
)

/** The rules the faults sandbox has now: a refused PUT leaves the previous ones. */
let inForce: { kind?: string }[] = []

test('random fault rules and headers inject only catalogue faults, and nothing else breaks', {
  timeout: TIMEOUT,
}, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(validRule, randomRule), { maxLength: 3 }),
      fc.option(
        fc.oneof(
          fc.constantFrom('drop', 'expire-token', 'GW.BLOCK.01', 'latency=1s', '104119'),
          text.map((s) => s.replace(/[^\x20-\x7e]/g, '')),
        ),
        { freq: 3 },
      ),
      fc.integer(),
      async (rules, header, seed) => {
        const put = await faults.send('PUT', `${ORIGIN}/__sandbox/faults`, {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ seed, rules }),
        })
        expect(await problemsOf(put, '/__sandbox/faults', { method: 'PUT' })).toEqual([])
        const res = await faults.send('GET', `${BASE}${REVIEWS}`, {
          headers: {
            authorization: `Bearer ${faults.token}`,
            ...(header === null ? {} : { [FAULT_HEADER]: header }),
          },
        })
        if (put.status === 200) inForce = rules as { kind?: string }[]
        const dropAsked = header === 'drop' || (header === null && inForce.some((r) => r.kind === 'drop'))
        expect(await problemsOf(res, '/npay/partner/v1/pay-order/mall/reviews', { dropAsked })).toEqual([])
        if (res.status === 401) faults.token = await freshToken(faults)
      },
    ),
    { numRuns: 1200, seed: 8_102 },
  )
})

/** A new token after an injected expiry (the clock is frozen, so only an expiry makes one). */
async function freshToken(t: FuzzTarget): Promise<string> {
  await t.send('DELETE', `${ORIGIN}/__sandbox/faults`)
  const res = await t.send(
    'POST',
    `${ORIGIN}/__sandbox/merchants/${t.sandbox.engine.defaultMerchant.clientId}/token`,
  )
  return ((await res.json()) as { access_token: string }).access_token
}

afterAll(async () => {
  for (const t of [control, faults])
    expect((await t.send('GET', `${ORIGIN}/__sandbox/health`)).status).toBe(200)
  expect(control.sent.count + faults.sent.count).toBeGreaterThanOrEqual(4_400)
})
