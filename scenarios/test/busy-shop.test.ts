import { expect, test } from 'vitest'
import { coverageReport, rowCounts, seedEngine } from '../src/index.ts'
import { details, stateOf } from './support.ts'

const { engine, result } = seedEngine('busy-shop', { count: 600, seed: 11, params: { days: 14 } })
const states = details(engine, result.productOrderIds).map(stateOf)
const share = (predicate: (s: (typeof states)[number]) => boolean) =>
  states.filter(predicate).length / states.length

test('busy-shop places every order and runs every plan without a refused transition', () => {
  expect(result.orders).toHaveLength(600)
  expect(result.refused).toBe(0)
})

test('busy-shop moves the clock by the simulated days', () => {
  expect(result.clock).toEqual({ from: '2025-06-02T09:00:00.000+09:00', to: '2025-06-16T09:00:00.000+09:00' })
})

test('most orders ship, and a fair share is decided, some by the 8-day clock', () => {
  expect(
    share((s) =>
      ['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED', 'EXCHANGED'].includes(s.productOrderStatus!),
    ),
  ).toBeGreaterThan(0.5)
  expect(share((s) => s.productOrderStatus === 'PURCHASE_DECIDED')).toBeGreaterThan(0.15)
  const byClock = [...engine.tenant().productOrderRecords()].filter((r) =>
    r.history.some((h) => h.actor === 'clock'),
  )
  expect(byClock.length).toBeGreaterThan(0)
})

test('recent orders are still new, unpaid or waiting to ship', () => {
  expect(share((s) => s.productOrderStatus === 'PAYED')).toBeGreaterThan(0.01)
  expect(share((s) => s.productOrderStatus === 'PAYMENT_WAITING')).toBeGreaterThan(0)
  expect(share((s) => s.productOrderStatus === 'CANCELED_BY_NOPAYMENT')).toBeGreaterThan(0)
})

test('claims are a minority but every kind appears, some still open', () => {
  for (const type of ['CANCEL', 'RETURN', 'EXCHANGE'])
    expect(states.some((s) => s.claimType === type)).toBe(true)
  expect(share((s) => s.claimType !== undefined)).toBeLessThan(0.35)
  expect(
    states.some((s) =>
      ['RETURN_REQUEST', 'COLLECTING', 'COLLECT_DONE', 'EXCHANGE_REQUEST'].includes(s.claimStatus!),
    ),
  ).toBe(true)
})

test('busy-shop traffic goes through most rows of the state table', () => {
  expect(coverageReport(rowCounts([engine.tenant()])).percent).toBeGreaterThan(85)
})
