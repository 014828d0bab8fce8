/**
 * Every kind of per-merchant state survives a `--state-file` restart, written and read back through the
 * control plane and the API (not through the state document): credentials and tokens, the virtual clock,
 * orders and their change log, reviews, settlement options and lines, the claim settings (return receive
 * address, return fee), fault rules with their counters, lint findings and rate-limit buckets, for the
 * default merchant and for one added over the control plane (clocks moved less than a token's life). Snapshots are memory-only by contract
 * (control-plane.yaml, takeSnapshot) and are not part of it.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'
const UNENCODED =
  '/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom=2024-05-15T08:00:00.000+09:00'
// Facts §6: a token bucket per operation; 1/s with a burst of 3 and a clock that does not move.
const RATE = { enabled: true, perSecond: 1, burst: 3, clock: () => 0 }
const ADDRESS = { name: '반품센터', baseAddress: '서울특별시 중구 세종대로 110', zipCode: '04524' }

const body = async (res: Promise<Response>) => {
  const r = await res
  expect(r.status, await r.clone().text()).toBeLessThan(300)
  return (await r.json()) as Record<string, unknown>
}

/** What each kind reads back as over the control plane, for one merchant (reading changes none of it). */
async function readBack(h: Harness, clientId: string) {
  const q = `clientId=${clientId}`
  // The offset from the wall clock moves with the wall clock; the virtual instant is what is kept.
  const { offsetMillis: _, ...clock } = await body(h.control('GET', `/__sandbox/clock?${q}`))
  return {
    merchant: await body(h.control('GET', `/__sandbox/merchants/${clientId}`)),
    clock,
    settlement: await body(h.control('GET', `/__sandbox/settlement?${q}`)),
    faults: await body(h.control('GET', `/__sandbox/faults?${q}`)),
    lint: await body(h.control('GET', `/__sandbox/lint?${q}`)),
    orders: await body(h.control('GET', `/__sandbox/product-orders?${q}`)),
  }
}

test('each per-merchant state kind is written, restarted and read back through HTTP', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'npay-kinds-')), 'state.db')
  const first = harness({ stateFile: file, rateLimit: RATE })
  const other = await body(first.control('POST', '/__sandbox/merchants', { name: '둘째 가맹점' }))
  const merchants = [
    { clientId: first.sandbox.engine.defaultMerchant.clientId, token: await first.token() },
    {
      clientId: other.clientId as string,
      token: await first.token(other as { clientId: string; clientSecret: string }),
    },
  ]
  for (const [i, { clientId, token }] of merchants.entries()) {
    const q = `clientId=${clientId}`
    const { productOrderIds } = await body(first.control('POST', '/__sandbox/orders', { clientId }))
    const [id] = productOrderIds as string[]
    await first.dispatch(id!, token)
    await body(first.control('POST', `/__sandbox/product-orders/${id}/events/deliver?${q}`, {}))
    await body(first.control('POST', `/__sandbox/product-orders/${id}/events/decide-purchase?${q}`, {}))
    await body(first.control('POST', `/__sandbox/product-orders/${id}/reviews?${q}`, { score: 5 - i }))
  }
  // After every dispatch: the harness dates a dispatch by the default merchant's clock.
  for (const [i, { clientId, token }] of merchants.entries()) {
    await body(first.control('POST', '/__sandbox/clock/advance', { clientId, by: `${i + 1}h` }))
    await body(
      first.control('PUT', '/__sandbox/settlement', { clientId, trigger: 'dispatch', rounding: 'floor' }),
    )
    await body(
      first.control('PATCH', `/__sandbox/merchants/${clientId}`, {
        returnReceiveAddress: ADDRESS,
        returnDeliveryFee: 3_000 + i * 500,
      }),
    )
    await body(
      first.control('PUT', '/__sandbox/faults', {
        clientId,
        rules: [{ id: 'third', operationId: 'getReviews', kind: 'gateway', code: 'GW.TIMEOUT.01', nth: 3 }],
      }),
    )
    await first.call('GET', UNENCODED, { token })
    // Two of the burst of three, and two of the three calls the fault counts.
    for (let n = 0; n < 2; n++) expect((await first.call('GET', REVIEWS, { token })).status).toBe(200)
  }
  const before = await Promise.all(merchants.map((m) => readBack(first, m.clientId)))
  await first.sandbox.close()

  const second = harness({ stateFile: file, rateLimit: RATE })
  const after = await Promise.all(merchants.map((m) => readBack(second, m.clientId)))
  expect(after).toEqual(before)
  for (const [i, read] of after.entries()) {
    expect(read.merchant).toMatchObject({ returnReceiveAddress: ADDRESS, returnDeliveryFee: 3_000 + i * 500 })
    expect(read.settlement).toMatchObject({ options: { trigger: 'dispatch', rounding: 'floor' } })
    expect(read.faults).toMatchObject({ rules: [{ id: 'third', matched: 2, fired: 0 }] })
    expect(read.lint).toMatchObject({ findings: [{ rule: 'unencoded-plus', count: 1 }] })
  }
  for (const { token } of merchants) {
    // The token issued before the restart still authenticates (the gateway checks it before buckets and
    // faults); the restarted bucket has one call left and the fault's third call is this one: 504 GW.TIMEOUT.01.
    expect((await second.call('GET', REVIEWS, { token })).status).toBe(504)
    expect((await second.call('GET', REVIEWS, { token })).status).toBe(429)
  }
})
