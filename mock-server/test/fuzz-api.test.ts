/**
 * Property-based fuzzing of the real API paths through `app.request`: random operations with hostile
 * path segments, query strings and bodies; mutated valid bodies; raw garbage under the base URL; and
 * random token forms. Seeds are fixed so CI is repeatable; change them to explore further.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { npayApiDocument, operationIndex } from '@npay-sandbox/schema'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  BASE,
  dateTime,
  type FuzzTarget,
  fuzzTarget,
  problemsOf,
  queryString,
  segment,
  text,
} from './fuzz-support.ts'

const TIMEOUT = 60_000
let t: FuzzTarget

beforeAll(async () => {
  t = await fuzzTarget()
})

const QUERY_NAMES = [
  ...new Set(
    Object.values(
      npayApiDocument.paths as unknown as Record<
        string,
        Record<string, { parameters?: { name?: string }[] }>
      >,
    )
      .flatMap((item) => Object.values(item))
      .flatMap((op) => op.parameters ?? [])
      .map((p) => p.name)
      .filter((n): n is string => typeof n === 'string'),
  ),
]
const ROUTES = operationIndex.flatMap((op) =>
  [op.path, ...op.aliases].map((path) => ({ method: op.method, path, op })),
)

const fill = (template: string, values: string[]) => {
  let i = 0
  return template.replace(/\{\w+\}/g, () => values[i++] ?? '1')
}

async function expectClean(
  res: Response,
  path: string,
  request: { method?: string; dropAsked?: boolean } = {},
) {
  expect(await problemsOf(res, path, request)).toEqual([])
}

const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  text,
  fc.constantFrom('', '{', '[]', 'null', '{"productOrderIds":', '\u0000', '{"__proto__":{"x":1}}'),
)
const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', '')

test('random operations with hostile paths, queries and bodies never break the API', {
  timeout: TIMEOUT,
}, async () => {
  const ids = () => [...t.productOrderIds, ...t.orderIds]
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ROUTES),
      fc.array(segment(ids()), { minLength: 3, maxLength: 3 }),
      queryString(QUERY_NAMES),
      body,
      contentType,
      async (route, values, query, payload, type) => {
        const path = `${fill(route.path, values)}${query ? `?${query}` : ''}`
        const res = await t.send(route.method, `${BASE}${path}`, {
          headers: { authorization: `Bearer ${t.token}`, ...(type ? { 'content-type': type } : {}) },
          ...(route.method === 'GET' ? {} : { body: payload }),
        })
        await expectClean(res, `/npay/partner${path}`)
      },
    ),
    { numRuns: 2000, seed: 8_001 },
  )
})

/** Valid bodies of the POST operations, to mutate one leaf at a time. */
function templates(): Record<string, unknown> {
  const [a, b] = t.productOrderIds
  const now = formatKst(t.sandbox.engine.tenant().now())
  return {
    queryProductOrders: { productOrderIds: [a, b] },
    confirmProductOrders: { productOrderIds: [a] },
    dispatchProductOrders: {
      dispatchProductOrders: [
        {
          productOrderId: a,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: '612345678901',
          dispatchDate: now,
        },
      ],
    },
    delayDispatch: {
      dispatchDueDate: now,
      delayedDispatchReason: 'PRODUCT_PREPARE',
      dispatchDelayedDetailedReason: '재고 입고 대기',
    },
    requestCancel: { cancelReason: 'SOLD_OUT', cancelDetailedReason: '품절', cancelQuantity: 1 },
    requestReturn: {
      returnReason: 'INTENT_CHANGED',
      collectDeliveryMethod: 'RETURN_DESIGNATED',
      returnQuantity: 1,
    },
    rejectReturn: { rejectReturnReason: '반품 불가' },
    holdbackReturn: {
      holdbackClassType: 'RETURN_DELIVERYFEE',
      holdbackReturnDetailReason: '배송비',
      extraReturnFeeAmount: 3000,
    },
    redeliverExchange: {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'CJGLS',
      reDeliveryTrackingNumber: '1',
    },
    rejectExchange: { rejectExchangeReason: '교환 불가' },
    holdbackExchange: {
      holdbackClassType: 'EXCHANGE_DELIVERYFEE',
      holdbackExchangeDetailReason: '배송비',
      extraExchangeFeeAmount: 3000,
    },
  }
}

/** Replaces (or removes) the leaf at `pick` of a JSON value. */
function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  let n = 0
  const walk = (v: unknown): unknown => {
    if (n++ === pick) return replacement
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .map(([k, x]) => [k, walk(x)])
          .filter(([, x]) => x !== undefined),
      )
    return v
  }
  return walk(value)
}

test('valid bodies with one field broken never break the API', { timeout: TIMEOUT }, async () => {
  const bodies = templates()
  const posts = ROUTES.filter((r) => r.method === 'POST' && r.op.operationId !== 'issueToken')
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...posts),
      fc.constantFrom(...t.productOrderIds, '2024051500000000'),
      fc.nat({ max: 12 }),
      fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        dateTime,
        fc.constant(undefined),
        fc.integer({ min: -1, max: 400 }),
      ),
      async (route, id, pick, replacement) => {
        const template = bodies[route.op.operationId] ?? {}
        const path = fill(route.path, [id])
        const res = await t.send('POST', `${BASE}${path}`, {
          headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(mutate(template, pick, replacement) ?? null),
        })
        await expectClean(res, `/npay/partner${path}`)
      },
    ),
    { numRuns: 2000, seed: 8_002 },
  )
})

test('raw garbage under the base URL gets gateway errors, never a 500', { timeout: TIMEOUT }, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      fc.array(segment(['v1', 'pay-order', 'mall', 'product-orders', 'oauth2', 'token', 'pay-settle-mall']), {
        maxLength: 6,
      }),
      fc.oneof(
        fc.constant(`Bearer ${t.token}`),
        fc.constant(undefined),
        text.map((s) => `Bearer ${s.replace(/[^\x20-\x7e]/g, '')}`),
      ),
      fc.option(fc.constantFrom('GW.NOPE', 'latency=99999h', 'drop', 'GW.TIMEOUT.02', '9999', ''), {
        freq: 5,
      }),
      body,
      async (method, segments, authorization, fault, payload) => {
        const path = `/${segments.join('/')}`
        const headers: Record<string, string> = {}
        if (authorization) headers.authorization = authorization
        if (fault !== null) headers['x-npay-sandbox-fault'] = fault
        const res = await t.send(method, `${BASE}${path}`, {
          headers,
          ...(method === 'GET' || method === 'HEAD' ? {} : { body: payload }),
        })
        await expectClean(res, `/npay/partner${path}`, { method, dropAsked: fault === 'drop' })
      },
    ),
    { numRuns: 1500, seed: 8_003 },
  )
})

test('random token requests get a token or a 400 naming the parameter', { timeout: TIMEOUT }, async () => {
  const names = ['client_id', 'timestamp', 'grant_type', 'client_secret_sign', 'type', 'account_id']
  await fc.assert(
    fc.asyncProperty(queryString(names), queryString(names), fc.boolean(), async (form, query, asJson) => {
      const res = await t.send('POST', `${BASE}/v1/oauth2/token${query ? `?${query}` : ''}`, {
        headers: { 'content-type': asJson ? 'application/json' : 'application/x-www-form-urlencoded' },
        body: asJson ? JSON.stringify(Object.fromEntries(new URLSearchParams(form))) : form,
      })
      expect([200, 400, 429]).toContain(res.status)
      await expectClean(res, '/npay/partner/v1/oauth2/token')
    }),
    { numRuns: 1200, seed: 8_004 },
  )
})

afterAll(async () => {
  const health = await t.send('GET', 'http://fuzz.test/__sandbox/health')
  expect(health.status).toBe(200)
  const token = await t.send('GET', `${BASE}/v1/pay-order/mall/product-orders/query`, {})
  expect(token.status).toBe(404)
  expect(t.sent.count).toBeGreaterThanOrEqual(6_700)
})
