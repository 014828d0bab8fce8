/**
 * The state document (`GET/PUT /__sandbox/state`) carries what the app keeps per merchant beside the
 * engine's data: fault rules with their counters and PRNG, lint findings and rate-limit buckets.
 */
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'
const UNENCODED =
  '/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom=2024-05-15T08:00:00.000+09:00'

const exported = async (h: Harness) => (await h.control('GET', '/__sandbox/state')).json()

async function statuses(h: Harness, token: string, n: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push((await h.call('GET', REVIEWS, { token })).status)
  return out
}

test('an export and import round-trip carries fault rules with their counters', async () => {
  const h = harness()
  const token = await h.token()
  await h.control('PUT', '/__sandbox/faults', {
    rules: [{ id: 'second', operationId: 'getReviews', kind: 'gateway', code: 'GW.TIMEOUT.01', nth: 2 }],
  })
  expect(await statuses(h, token, 1)).toEqual([200])

  const other = harness({ seed: 99 })
  expect((await other.control('PUT', '/__sandbox/state', await exported(h))).status).toBe(200)

  expect(await (await other.control('GET', '/__sandbox/faults')).json()).toMatchObject({
    rules: [{ id: 'second', matched: 1, fired: 0 }],
  })
  // putFaults: `nth` fires on exactly the nth matching request, counted across the round trip.
  expect(await statuses(other, token, 2)).toEqual([504, 200])
})

test('probabilistic faults go on with the same draws after a round trip as without one', async () => {
  const h = harness()
  const token = await h.token()
  await h.control('PUT', '/__sandbox/faults', {
    seed: 7,
    rules: [{ operationId: 'getReviews', kind: 'gateway', code: 'GW.TIMEOUT.01', probability: 0.5 }],
  })
  await statuses(h, token, 5)
  const other = harness()
  await other.control('PUT', '/__sandbox/state', await exported(h))
  const restored = await statuses(other, token, 12)
  expect(restored).toEqual(await statuses(h, token, 12))
  expect(new Set(restored)).toEqual(new Set([200, 504]))
})

test('an export and import round-trip carries lint findings', async () => {
  const h = harness()
  const token = await h.token()
  await h.call('GET', UNENCODED, { token })
  const other = harness()
  await other.control('PUT', '/__sandbox/state', await exported(h))
  expect(await (await other.control('GET', '/__sandbox/lint')).json()).toMatchObject({
    findings: [{ rule: 'unencoded-plus', count: 1 }],
    summary: [{ rule: 'unencoded-plus', count: 1 }],
  })
})

test('an export and import round-trip carries rate-limit buckets', async () => {
  const limit = { enabled: true, perSecond: 1, burst: 1, clock: () => 0 }
  const h = harness({ rateLimit: limit })
  const token = await h.token()
  expect(await statuses(h, token, 1)).toEqual([200])
  const other = harness({ rateLimit: limit })
  await other.control('PUT', '/__sandbox/state', await exported(h))
  expect(await statuses(other, token, 1)).toEqual([429])
})

test('a state whose fault rules cannot be read is refused with 400 and changes nothing', async () => {
  const h = harness()
  await h.token()
  await h.control('PUT', '/__sandbox/faults', { rules: [{ kind: 'drop', nth: 3 }] })
  const state = (await exported(h)) as { tenants: { extensions: { faults: { rules: unknown[] } } }[] }
  state.tenants[0]!.extensions.faults.rules = [{ rule: { id: 'r1', kind: 'gateway', code: 'nope' } }]
  const other = harness()
  await other.order()
  const before = { ...((await exported(other)) as object), savedAt: 0 }
  const res = await other.control('PUT', '/__sandbox/state', state)
  expect(res.status).toBe(400)
  expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('faults') })
  expect({ ...((await exported(other)) as object), savedAt: 0 }).toEqual(before)
})

test('a version-1 state without extension data imports with no faults, lint findings or buckets', async () => {
  const h = harness()
  await h.order()
  const state = (await exported(h)) as { version: number; tenants: { extensions?: unknown }[] }
  for (const tenant of state.tenants) delete tenant.extensions
  const other = harness()
  await other.control('PUT', '/__sandbox/faults', { rules: [{ kind: 'drop' }] })
  expect((await other.control('PUT', '/__sandbox/state', state)).status).toBe(200)
  expect(await (await other.control('GET', '/__sandbox/faults')).json()).toMatchObject({ rules: [] })
  expect(await (await other.control('GET', '/__sandbox/lint')).json()).toMatchObject({ findings: [] })
  expect(state.version).toBe(1)
})
