import { GATEWAY_ERRORS, RATE_LIMIT_HEADERS, TRACE_HEADER } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { FAULT_HEADER } from '../src/middleware/faults-header.ts'
import { type Harness, harness } from './harness.ts'

const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'
const QUERY = '/v1/pay-order/mall/product-orders/query'

async function put(h: Harness, body: unknown) {
  const res = await h.control('PUT', '/__sandbox/faults', body)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

async function statuses(h: Harness, token: string, n: number, path = REVIEWS): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push((await h.call('GET', path, { token })).status)
  return out
}

test('a gateway fault rule answers with the catalogue status, the real body and the fault header', async () => {
  const h = harness()
  const token = await h.token()
  await put(h, { rules: [{ operationId: 'getReviews', kind: 'gateway', code: 'GW.TIMEOUT.01' }] })
  const res = await h.call('GET', REVIEWS, { token })
  expect(res.status).toBe(504)
  const body = (await res.json()) as Record<string, string>
  expect(Object.keys(body)).toEqual(['code', 'message', 'timestamp', 'traceId'])
  expect(body).toMatchObject({ code: 'GW.TIMEOUT.01', message: '요청 대기 시간이 초과되었습니다.' })
  expect(res.headers.get(TRACE_HEADER)).toBe(body.traceId)
  expect(res.headers.get(FAULT_HEADER)).toBe('GW.TIMEOUT.01')
})

test.each(Object.entries(GATEWAY_ERRORS))(
  'the header forces %s with its status and message',
  async (code, entry) => {
    const h = harness()
    const token = await h.token()
    const res = await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: code } })
    expect(res.status).toBe(entry.status)
    expect(await res.json()).toMatchObject({ code, message: entry.message })
  },
)

test('GW.QUOTA_LIMIT carries the quota headers and GW.RATE_LIMIT the rate-limit headers, neither Retry-After', async () => {
  const h = harness()
  const token = await h.token()
  const quota = await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'GW.QUOTA_LIMIT' } })
  expect(quota.headers.get('GNCP-GW-Quota-Period')).toBe('ROUND')
  expect(quota.headers.get('GNCP-GW-Quota-Remaining')).toBe('0')
  const rate = await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'GW.RATE_LIMIT' } })
  expect(rate.status).toBe(429)
  expect(rate.headers.get(RATE_LIMIT_HEADERS.replenishRate)).toBe('2')
  expect(rate.headers.get(RATE_LIMIT_HEADERS.burstCapacity)).toBe('4')
  expect(rate.headers.get(RATE_LIMIT_HEADERS.remaining)).toBe('0')
  expect(rate.headers.get('retry-after')).toBeNull()
})

test('a rule can set its own response headers', async () => {
  const h = harness()
  const token = await h.token()
  await put(h, {
    rules: [{ kind: 'gateway', code: 'GW.QUOTA_LIMIT', headers: { 'GNCP-GW-Quota-Limit': '7' } }],
  })
  expect((await h.call('GET', REVIEWS, { token })).headers.get('GNCP-GW-Quota-Limit')).toBe('7')
})

test('a business fault answers the order error in the real envelope, a settlement code in its own', async () => {
  const h = harness()
  const token = await h.token()
  const order = await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: '104119' } })
  expect(order.status).toBe(400)
  expect(await order.json()).toEqual({
    code: '104119',
    message: '택배사코드 확인',
    timestamp: expect.any(String),
    traceId: expect.any(String),
  })
  const settle = await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'INTERNAL_SERVER_ERROR' } })
  expect(settle.status).toBe(500)
  expect(await settle.json()).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', invalidInputs: [] })
})

test('an nth rule fires on that call only', async () => {
  const h = harness()
  const token = await h.token()
  await put(h, { rules: [{ operationId: 'getReviews', kind: 'gateway', code: 'GW.PROXY.03', nth: 3 }] })
  expect(await statuses(h, token, 5)).toEqual([200, 200, 500, 200, 200])
})

test('a times rule fires on the next N calls and the counters say so', async () => {
  const h = harness()
  const token = await h.token()
  await put(h, { rules: [{ id: 'maintenance', kind: 'gateway', code: 'GW.BLOCK.02', times: 2 }] })
  expect(await statuses(h, token, 4)).toEqual([503, 503, 200, 200])
  const view = (await (await h.control('GET', '/__sandbox/faults')).json()) as { rules: unknown[] }
  expect(view.rules).toEqual([
    { id: 'maintenance', kind: 'gateway', code: 'GW.BLOCK.02', times: 2, matched: 4, fired: 2 },
  ])
})

test('a probability rule replays the same faults for the same seed', async () => {
  const run = async (seed: number) => {
    const h = harness()
    const token = await h.token()
    await put(h, { seed, rules: [{ kind: 'gateway', code: 'GW.PROXY.05', probability: 0.5 }] })
    return statuses(h, token, 24)
  }
  const first = await run(42)
  expect(await run(42)).toEqual(first)
  expect(first).toContain(500)
  expect(first).toContain(200)
  expect(await run(43)).not.toEqual(first)
})

test('rules match by method and path pattern', async () => {
  const h = harness()
  const token = await h.token()
  const { productOrderIds } = await h.order()
  await put(h, {
    rules: [
      {
        method: 'POST',
        path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/*',
        kind: 'business',
        code: '9999',
      },
      {
        method: 'GET',
        path: '/npay/partner/v1/pay-order/mall/reviews',
        kind: 'gateway',
        code: 'GW.BLOCK.01',
      },
    ],
  })
  const cancel = `/v1/pay-order/mall/product-orders/${productOrderIds[0]}/claim/cancel/request`
  expect((await h.call('POST', cancel, { token, body: { cancelReason: 'SOLD_OUT' } })).status).toBe(400)
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(503)
  expect((await h.call('POST', QUERY, { token, body: { productOrderIds } })).status).toBe(200)
})

test('latency rules delay the request and then answer it normally', async () => {
  const waits: number[] = []
  const h = harness({ sleep: async (ms) => void waits.push(ms) })
  const token = await h.token()
  await put(h, {
    rules: [
      { operationId: 'getReviews', kind: 'latency', latency: { ms: 1500 } },
      {
        operationId: 'getReviews',
        kind: 'latency',
        latency: { distribution: 'uniform', minMs: 100, maxMs: 200 },
      },
    ],
  })
  const res = await h.call('GET', REVIEWS, { token })
  expect(res.status).toBe(200)
  expect(waits).toHaveLength(1)
  expect(waits[0]).toBeGreaterThanOrEqual(1600)
  expect(waits[0]).toBeLessThanOrEqual(1700)
  expect(res.headers.get(FAULT_HEADER)).toBe(`latency=${waits[0]}ms (r1, r2)`)
})

test('an exponential latency never exceeds its cap', async () => {
  const waits: number[] = []
  const h = harness({ sleep: async (ms) => void waits.push(ms) })
  const token = await h.token()
  await put(h, {
    rules: [{ kind: 'latency', latency: { distribution: 'exponential', meanMs: 5000, maxMs: 6000 } }],
  })
  await statuses(h, token, 30)
  expect(Math.max(...waits)).toBeLessThanOrEqual(6000)
  expect(new Set(waits).size).toBeGreaterThan(10)
})

test('the header asks for a latency by duration', async () => {
  const waits: number[] = []
  const h = harness({ sleep: async (ms) => void waits.push(ms) })
  const token = await h.token()
  expect((await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'latency=2s' } })).status).toBe(
    200,
  )
  expect(waits).toEqual([2000])
})

test('a dropped connection is Response.error() in-process and is journalled', async () => {
  const h = harness()
  const token = await h.token()
  const res = await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'drop' } })
  expect(res.type).toBe('error')
  const { requests } = (await (await h.control('GET', '/__sandbox/requests?limit=1')).json()) as {
    requests: Record<string, unknown>[]
  }
  expect(requests[0]).toMatchObject({
    status: 0,
    code: 'DROPPED',
    diagnostic: expect.stringContaining('drop'),
  })
})

test('an expired-token fault answers 401 GW.AUTHN until the client issues a new token', async () => {
  const h = harness()
  const token = await h.token()
  await put(h, { rules: [{ operationId: 'getReviews', kind: 'expire-token', nth: 2 }] })
  expect(await statuses(h, token, 3)).toEqual([200, 401, 401])
  const fresh = await h.token()
  expect(fresh).not.toBe(token)
  expect(await statuses(h, fresh, 1)).toEqual([200])
})

test('a fault rule on the token endpoint answers token requests', async () => {
  const h = harness()
  await put(h, { rules: [{ operationId: 'issueToken', kind: 'gateway', code: 'GW.BLOCK.02', times: 1 }] })
  await expect(h.token()).rejects.toThrow(/503/)
  await expect(h.token()).resolves.toEqual(expect.any(String))
})

test('delete removes every rule', async () => {
  const h = harness()
  const token = await h.token()
  await put(h, { rules: [{ kind: 'gateway', code: 'GW.BLOCK.01' }] })
  const deleted = await h.control('DELETE', '/__sandbox/faults')
  expect(await deleted.json()).toEqual({ clientId: expect.any(String), seed: 1, rules: [] })
  expect(await statuses(h, token, 1)).toEqual([200])
})

test.each([
  [{ rules: [{ kind: 'gateway', code: 'GW.NOPE' }] }, 'a gateway fault needs code'],
  [{ rules: [{ kind: 'business', code: '12345' }] }, 'a business fault needs'],
  [{ rules: [{ kind: 'latency' }] }, 'needs latency.ms'],
  [{ rules: [{ kind: 'latency', latency: { distribution: 'uniform', minMs: 5, maxMs: 1 } }] }, 'minMs ≤'],
  [{ rules: [{ kind: 'drop', nth: 1, times: 2 }] }, 'at most one of'],
  [{ rules: [{ kind: 'drop', operationId: 'nope' }] }, 'unknown operationId'],
  [{ rules: [{ kind: 'drop', path: 'v1/x' }] }, 'path must start with /'],
  [
    {
      rules: [
        { id: 'a', kind: 'drop' },
        { id: 'a', kind: 'drop' },
      ],
    },
    'used twice',
  ],
  [{ rules: [{ kind: 'explode' }] }, 'invalid request'],
  [{ rules: [{ kind: 'drop', typo: 1 }] }, 'invalid request'],
])('a bad rule set %j is a 400 that says why', async (body, why) => {
  const h = harness()
  const res = await put(h, body)
  expect(res.status).toBe(400)
  expect(res.body).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining(why) })
})

test('an unknown fault header value is a 400 naming the accepted values', async () => {
  const h = harness()
  const token = await h.token()
  const res = await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'GW.EXPLODE' } })
  expect(res.status).toBe(400)
  expect(await res.json()).toMatchObject({
    code: 'BAD_FAULT_HEADER',
    message: expect.stringContaining('latency='),
  })
})
