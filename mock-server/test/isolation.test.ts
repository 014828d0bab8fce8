import { expect, test } from 'vitest'
import { FAULT_HEADER } from '../src/middleware/faults-header.ts'
import { type Harness, harness } from './harness.ts'

const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'

async function twoMerchants(options: Parameters<typeof harness>[0] = {}) {
  const h = harness(options)
  const b = (await (await h.control('POST', '/__sandbox/merchants', { name: 'B' })).json()) as {
    clientId: string
    clientSecret: string
  }
  return { h, b, tokenA: await h.token(), tokenB: await h.token(b) }
}

const get = async <T>(h: Harness, path: string) => (await (await h.control('GET', path)).json()) as T

test("one merchant's requests never appear in another merchant's journal", async () => {
  const { h, b, tokenA, tokenB } = await twoMerchants()
  await h.call('GET', REVIEWS, { token: tokenA, headers: { 'x-mark': 'a' } })
  await h.call('GET', REVIEWS, { token: tokenB, headers: { 'x-mark': 'b' } })
  const journalA = await get<{ requests: { clientId?: string }[] }>(h, '/__sandbox/requests')
  const journalB = await get<{ requests: { clientId?: string }[] }>(
    h,
    `/__sandbox/requests?clientId=${b.clientId}`,
  )
  expect(new Set(journalA.requests.map((r) => r.clientId))).toEqual(
    new Set([h.sandbox.engine.defaultMerchant.clientId]),
  )
  expect(new Set(journalB.requests.map((r) => r.clientId))).toEqual(new Set([b.clientId]))
})

test("advancing one merchant's clock leaves another merchant's clock and tokens alone", async () => {
  const { h, b, tokenA, tokenB } = await twoMerchants()
  const before = await get<{ epochMillis: number }>(h, `/__sandbox/clock?clientId=${b.clientId}`)
  await h.control('POST', '/__sandbox/clock/advance', { by: '4h' })
  expect(await get<{ epochMillis: number }>(h, `/__sandbox/clock?clientId=${b.clientId}`)).toMatchObject({
    epochMillis: before.epochMillis,
  })
  expect((await h.call('GET', REVIEWS, { token: tokenA })).status).toBe(401)
  expect((await h.call('GET', REVIEWS, { token: tokenB })).status).toBe(200)
})

test("one merchant's fault rules never fire for another merchant", async () => {
  const { h, b, tokenA, tokenB } = await twoMerchants()
  await h.control('PUT', '/__sandbox/faults', {
    clientId: b.clientId,
    rules: [{ kind: 'gateway', code: 'GW.BLOCK.02' }],
  })
  expect((await h.call('GET', REVIEWS, { token: tokenA })).status).toBe(200)
  expect((await h.call('GET', REVIEWS, { token: tokenB })).status).toBe(503)
  expect(await get<{ rules: unknown[] }>(h, '/__sandbox/faults')).toMatchObject({ rules: [] })
})

test("one merchant's lint findings and rate-limit buckets are its own", async () => {
  const { h, b, tokenA, tokenB } = await twoMerchants({
    rateLimit: { enabled: true, burst: 1, clock: () => 0 },
  })
  expect(
    (await h.call('GET', REVIEWS, { token: tokenA, headers: { [FAULT_HEADER]: 'latency=0' } })).status,
  ).toBe(200)
  expect((await h.call('GET', REVIEWS, { token: tokenA })).status).toBe(429)
  expect((await h.call('GET', REVIEWS, { token: tokenB })).status).toBe(200)
  const lintA = await get<{ findings: { rule: string }[] }>(h, '/__sandbox/lint')
  const lintB = await get<{ findings: unknown[] }>(h, `/__sandbox/lint?clientId=${b.clientId}`)
  expect(lintA.findings.map((f) => f.rule)).toContain('faster-than-rate-limit')
  expect(lintB.findings).toEqual([])
})
