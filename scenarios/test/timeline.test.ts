/**
 * Seeds write causally ordered history: every date of a product order after its cause, each last-changed
 * row at the date it reports, no two steps of one product order in one millisecond, minutes to days apart.
 */
import { createEngine } from '@npay-sandbox/engine'
import { expect, test } from 'vitest'
import { applySeed, SEEDS, seedEngine } from '../src/index.ts'
import { timelineProblems } from './timeline.ts'

const pathSeeds = SEEDS.filter((s) => s.name !== 'busy-shop')

test.each(pathSeeds.map((s) => s.name))('seed %s writes a causally ordered timeline', (name) => {
  const { engine } = seedEngine(name, { count: 4, params: { items: 2 } })
  expect(timelineProblems(engine)).toEqual([])
})

test('busy-shop writes causally ordered timelines for every fate', () => {
  const { engine, result } = seedEngine('busy-shop', { count: 400, params: { days: 21 } })
  expect(result.refused).toBe(0)
  expect(timelineProblems(engine)).toEqual([])
})

test('path seeds lay their history in the past and leave the clock where it was', () => {
  const { engine, result } = seedEngine('exchanged', { count: 3 })
  expect(result.clock.to).toBe(result.clock.from)
  const now = engine.tenant().now()
  for (const id of result.productOrderIds) {
    const history = engine.tenant().productOrder(id)!.history
    expect(history.at(-1)!.at).toBeLessThan(now)
    // Placed, shipped, delivered, exchanged: days, not milliseconds.
    expect(now - history[0]!.at).toBeGreaterThan(3 * 86_400_000)
  }
})

test('seeds applied one after another on one merchant keep every timeline causal', () => {
  const engine = createEngine({ seed: 1, clock: 'frozen' })
  for (const name of ['return-on-holdback', 'delivered', 'seller-cancelled', 'exchanged'])
    applySeed(engine, name, { count: 3 })
  engine.tenant().advance(3_600_000)
  applySeed(engine, 'busy-shop', { count: 60, params: { days: 3 } })
  expect(timelineProblems(engine)).toEqual([])
})

test('on a flowing clock seeded history is causal too', () => {
  const engine = createEngine({ seed: 3 })
  for (const name of ['returned', 'exchange-on-holdback', 'payment-expired'])
    applySeed(engine, name, { count: 2 })
  expect(timelineProblems(engine)).toEqual([])
})

test('every seed applied a second time to the same merchant with the default seed succeeds', () => {
  const engine = createEngine({ seed: 1, clock: 'frozen' })
  for (const seed of SEEDS) {
    const count = seed.name === 'busy-shop' ? 40 : 1
    const first = applySeed(engine, seed.name, { count })
    const second = applySeed(engine, seed.name, { count })
    expect(second.refused, seed.name).toBe(0)
    expect(second.states, seed.name).toEqual(first.states)
  }
  const tracking = [...engine.tenant().productOrderRecords()].flatMap((r) => r.delivery?.trackingNumber ?? [])
  const orders = new Map<string, Set<string>>()
  for (const r of engine.tenant().productOrderRecords())
    if (r.delivery?.trackingNumber)
      orders.set(
        r.delivery.trackingNumber,
        (orders.get(r.delivery.trackingNumber) ?? new Set()).add(r.orderId),
      )
  expect(tracking.length).toBeGreaterThan(20)
  for (const [number, owners] of orders) expect(owners.size, number).toBe(1)
})
