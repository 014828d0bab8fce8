/**
 * `POST /__sandbox/reset` (control-plane.yaml: "With `clientId`, resets that merchant only; without it,
 * resets the whole sandbox", summary "Forget a merchant's data (or every merchant's)"): every kind of
 * per-merchant state goes, the merchants and their credentials stay.
 */
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

/** The harness's frozen clock starts at 2024-05-15T01:00Z, 10:00 in Korea. */
const START_KST = '2024-05-15T10:00:00.000+09:00'
const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'
/** A raw `+` before the offset: lint rule `unencoded-plus`. */
const UNENCODED =
  '/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom=2024-05-15T08:00:00.000+09:00'

/** Rate limiting on, one call per bucket and a wall clock that never moves, so nothing refills. */
const limitedHarness = () => harness({ rateLimit: { enabled: true, perSecond: 1, burst: 1, clock: () => 0 } })

const read = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T

interface Merchant {
  clientId: string
  clientSecret: string
}

/** Gives a merchant one of everything: an order, a moved clock, journal entries, a fault, a lint finding and an empty bucket. */
async function busy(h: Harness, merchant: Merchant) {
  await h.order({ clientId: merchant.clientId })
  await h.control('POST', '/__sandbox/clock/advance', { clientId: merchant.clientId, by: '1d' })
  const token = await h.token(merchant)
  await h.control('PUT', '/__sandbox/faults', {
    clientId: merchant.clientId,
    rules: [{ operationId: 'getProductOrderIds', kind: 'gateway', code: 'GW.TIMEOUT.01' }],
  })
  await h.call('GET', UNENCODED, { token })
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(200)
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(429)
  return token
}

/** What the control plane shows of one merchant. */
async function stateOf(h: Harness, clientId: string) {
  const q = `clientId=${encodeURIComponent(clientId)}`
  return {
    productOrders: (
      await read<{ productOrders: unknown[] }>(h.control('GET', `/__sandbox/product-orders?${q}`))
    ).productOrders.length,
    now: (await read<{ now: string }>(h.control('GET', `/__sandbox/clock?${q}`))).now,
    journal: (await read<{ requests: unknown[] }>(h.control('GET', `/__sandbox/requests?${q}`))).requests
      .length,
    faults: (await read<{ rules: unknown[] }>(h.control('GET', `/__sandbox/faults?${q}`))).rules.length,
    lint: (await read<{ findings: unknown[] }>(h.control('GET', `/__sandbox/lint?${q}`))).findings.length,
  }
}

const FRESH = { productOrders: 0, now: START_KST, journal: 0, faults: 0, lint: 0 }

test("reset without clientId clears every merchant's orders, clock, journal, faults, lint findings and rate-limit buckets", async () => {
  const h = limitedHarness()
  const second = await read<Merchant>(h.control('POST', '/__sandbox/merchants', { name: '둘째 가맹점' }))
  const tokens = [await busy(h, DEFAULT_MERCHANT), await busy(h, second)]
  expect(await stateOf(h, second.clientId)).not.toEqual(FRESH)

  expect(await read(h.control('POST', '/__sandbox/reset'))).toEqual({ reset: true })

  expect(await stateOf(h, DEFAULT_MERCHANT.clientId)).toEqual(FRESH)
  expect(await stateOf(h, second.clientId)).toEqual(FRESH)
  for (const token of tokens) expect((await h.call('GET', REVIEWS, { token })).status).toBe(200)
})

test('reset without clientId keeps every merchant, its credentials and its tokens', async () => {
  const h = harness()
  const second = await read<Merchant>(h.control('POST', '/__sandbox/merchants', { name: '둘째 가맹점' }))
  const token = await h.token(second)
  await h.control('POST', '/__sandbox/reset', {})
  const { merchants } = await read<{ merchants: { clientId: string }[] }>(
    h.control('GET', '/__sandbox/merchants'),
  )
  expect(merchants.map((m) => m.clientId)).toEqual([DEFAULT_MERCHANT.clientId, second.clientId])
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(200)
  expect(await h.token(second)).toBe(token)
})

test('reset with clientId clears only that merchant, its faults included', async () => {
  const h = limitedHarness()
  const second = await read<Merchant>(h.control('POST', '/__sandbox/merchants', { name: '둘째 가맹점' }))
  const [defaultToken, secondToken] = [await busy(h, DEFAULT_MERCHANT), await busy(h, second)]
  const untouched = await stateOf(h, DEFAULT_MERCHANT.clientId)

  await h.control('POST', '/__sandbox/reset', { clientId: second.clientId })

  expect(await stateOf(h, second.clientId)).toEqual(FRESH)
  expect(await stateOf(h, DEFAULT_MERCHANT.clientId)).toEqual(untouched)
  expect((await h.call('GET', REVIEWS, { token: secondToken })).status).toBe(200)
  expect((await h.call('GET', REVIEWS, { token: defaultToken })).status).toBe(429)
})

test('reset of an unknown merchant is 404 NOT_FOUND and resets nothing', async () => {
  const h = harness()
  await h.order()
  const res = await h.control('POST', '/__sandbox/reset', { clientId: 'nobody' })
  expect(res.status).toBe(404)
  expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' })
  expect((await stateOf(h, DEFAULT_MERCHANT.clientId)).productOrders).toBe(1)
})

test('after a reset a token issued on an advanced clock has a fresh 3-hour lifetime, not more', async () => {
  const h = harness()
  await h.control('POST', '/__sandbox/clock/advance', { by: '1d' })
  const token = await h.token()
  await h.control('POST', '/__sandbox/reset')
  const res = await h.sandbox.app.request(
    `http://emulator.test/__sandbox/merchants/${DEFAULT_MERCHANT.clientId}/token`,
    { method: 'POST', headers: { 'content-type': 'application/json' } },
  )
  // Facts §3: a token lives 10,800 s and is handed out again while at least 30 minutes remain.
  expect(await res.json()).toMatchObject({ access_token: token, expires_in: 10_800 })
})
