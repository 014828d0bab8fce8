import { RATE_LIMIT_HEADERS } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { resolveRateLimit } from '../src/middleware/rate-limit.ts'
import { rateLimitFromFlags } from '../src/middleware/rate-limit-flags.ts'
import { harness } from './harness.ts'

const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'
const IDS = '/v1/pay-order/mall/orders/1/product-order-ids'

/** A sandbox with rate limiting on and a wall clock the test moves by hand. */
function limited(options: { perSecond?: number; burst?: number } = {}) {
  const clock = { now: 1_000_000 }
  const h = harness({ rateLimit: { enabled: true, ...options, clock: () => clock.now } })
  return { h, clock }
}

const remaining = (res: Response) => res.headers.get(RATE_LIMIT_HEADERS.remaining)

test('each call carries the rate-limit headers and the fifth call within a second gets 429 GW.RATE_LIMIT', async () => {
  const { h } = limited()
  const token = await h.token()
  const seen: [number, string | null][] = []
  for (let i = 0; i < 5; i++) {
    const res = await h.call('GET', REVIEWS, { token })
    seen.push([res.status, remaining(res)])
  }
  expect(seen).toEqual([
    [200, '3'],
    [200, '2'],
    [200, '1'],
    [200, '0'],
    [429, '0'],
  ])
  const res = await h.call('GET', REVIEWS, { token })
  expect(res.headers.get(RATE_LIMIT_HEADERS.replenishRate)).toBe('2')
  expect(res.headers.get(RATE_LIMIT_HEADERS.burstCapacity)).toBe('4')
  expect(res.headers.get('retry-after')).toBeNull()
  const body = (await res.json()) as Record<string, string>
  expect(Object.keys(body)).toEqual(['code', 'message', 'timestamp', 'traceId'])
  expect(body).toMatchObject({
    code: 'GW.RATE_LIMIT',
    message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
  })
})

test('the bucket refills at the replenish rate on the wall clock', async () => {
  const { h, clock } = limited()
  const token = await h.token()
  for (let i = 0; i < 4; i++) await h.call('GET', REVIEWS, { token })
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(429)
  clock.now += 500
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(200)
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(429)
  clock.now += 60_000
  expect(remaining(await h.call('GET', REVIEWS, { token }))).toBe('3')
})

test('advancing the virtual clock does not refill the bucket', async () => {
  const { h } = limited()
  const token = await h.token()
  for (let i = 0; i < 4; i++) await h.call('GET', REVIEWS, { token })
  h.sandbox.engine.tenant().advance(3_600_000)
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(429)
})

test('buckets are per API operation and per merchant app', async () => {
  const { h } = limited({ perSecond: 1, burst: 1 })
  const token = await h.token()
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(200)
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(429)
  expect((await h.call('GET', IDS, { token })).status).toBe(400)
  const other = (await (await h.control('POST', '/__sandbox/merchants', {})).json()) as {
    clientId: string
    clientSecret: string
  }
  expect((await h.call('GET', REVIEWS, { token: await h.token(other) })).status).toBe(200)
})

test('token requests of one app are limited like any API', async () => {
  const { h } = limited({ perSecond: 1, burst: 1 })
  await h.token()
  await expect(h.token()).rejects.toThrow(/429/)
})

test('rate limiting is off by default: no headers and no 429', async () => {
  const h = harness()
  const token = await h.token()
  for (let i = 0; i < 10; i++) {
    const res = await h.call('GET', REVIEWS, { token })
    expect(res.status).toBe(200)
    expect(remaining(res)).toBeNull()
  }
})

test('options are checked when the app is built', () => {
  expect(() => resolveRateLimit({ perSecond: 0 })).toThrow(/perSecond/)
  expect(() => resolveRateLimit({ burst: 1.5 })).toThrow(/burst/)
  expect(resolveRateLimit({ perSecond: 5 })).toMatchObject({ enabled: false, perSecond: 5, burst: 10 })
})

test.each([
  [{ realistic: true }, { enabled: true }],
  [{}, { enabled: false }],
  [{ 'rate-limit': '5' }, { enabled: true, perSecond: 5 }],
  [{ 'rate-burst': '8' }, { enabled: true, burst: 8 }],
])('start flags %j give rate-limit options %j', (flags, expected) => {
  expect(rateLimitFromFlags(flags, (m) => expect.fail(m))).toEqual(expected)
})

test.each([[{ 'rate-limit': '0' }], [{ 'rate-limit': 'fast' }], [{ 'rate-burst': '0.5' }]])(
  'start flags %j are a usage error',
  (flags) => {
    expect(() =>
      rateLimitFromFlags(flags, (m) => {
        throw new Error(m)
      }),
    ).toThrow(/--rate-/)
  },
)
