import { createEngine } from '@npay-sandbox/engine'
import { formatKst, kstDayStart } from '@npay-sandbox/protocol'
import { describe, expect, test } from 'vitest'
import { applySeed, SEEDS, seedEngine } from '../src/index.ts'
import { details, stateOf } from './support.ts'

const DAY = 86_400_000
const promising = SEEDS.filter((s) => s.promise)

describe.each(promising.map((s) => [s.name, s] as const))('seed %s', (name, seed) => {
  test('every product order it returns is in the promised state', () => {
    const { engine, result } = seedEngine(name, { count: 3, params: { items: 2 } })
    expect(result.orders).toHaveLength(3)
    expect(result.productOrderIds).toHaveLength(6)
    for (const detail of details(engine, result.productOrderIds))
      expect(stateOf(detail)).toMatchObject(seed.promise!)
  })
})

test('the issue names at least these seeds', () => {
  const names = SEEDS.map((s) => s.name)
  for (const name of [
    'payment-waiting',
    'payment-expired',
    'paid-awaiting-confirm',
    'confirmed-awaiting-dispatch',
    'dispatch-delayed',
    'dispatched',
    'delivered',
    'purchase-decided',
    'seller-cancelled',
    'buyer-cancel-requested',
    'partial-cancel',
    'return-requested',
    'return-collected',
    'return-on-holdback',
    'return-rejected',
    'exchange-requested',
    'exchange-collected',
    'exchange-on-holdback',
    'exchange-redelivering',
    'busy-shop',
  ])
    expect(names).toContain(name)
})

test('seeds are built by transitions: every product order has a history from place-order on', () => {
  const { engine, result } = seedEngine('exchange-redelivering', { count: 1 })
  const history = engine.tenant().productOrder(result.productOrderIds[0]!)!.history
  expect(history.map((h) => h.rowId)).toEqual(['N2', 'N5', 'N8', 'N9', 'E1', 'E2', 'E3a', 'E4'])
})

test('dispatch-delayed moves the dispatch deadline by delayDays', () => {
  const { engine, result } = seedEngine('dispatch-delayed', { params: { delayDays: 10 } })
  const { order, productOrder: po } = details(engine, result.productOrderIds)[0]!
  expect(po!.delayedDispatchReason).toBeDefined()
  // Due at the end of the third day after the order (KST), then 10 days later.
  const ordered = kstDayStart(Date.parse(order!.orderDate!))
  expect(po!.shippingDueDate).toBe(formatKst(ordered + (3 + 1 + 10) * DAY - 1_000))
})

test('partial-cancel leaves the rest of the quantity to ship', () => {
  const { engine, result } = seedEngine('partial-cancel', { params: { quantity: 5, cancelQuantity: 2 } })
  const po = details(engine, result.productOrderIds)[0]!.productOrder!
  expect([po.initialQuantity, po.remainQuantity]).toEqual([5, 3])
})

test('a seed applied to a named merchant leaves the default merchant alone', () => {
  const engine = createEngine({ seed: 1, clock: 'frozen' })
  const shop = engine.createMerchant({ name: '두번째 가게' })
  const result = applySeed(engine, 'delivered', { clientId: shop.clientId, count: 2 })
  expect(result.clientId).toBe(shop.clientId)
  expect(engine.tenant(shop.clientId).counts().productOrders).toBe(2)
  expect(engine.tenant().counts().productOrders).toBe(0)
})

test('applying the same seed twice to one merchant creates new orders without tracking-number clashes', () => {
  const engine = createEngine({ seed: 1, clock: 'frozen' })
  const first = applySeed(engine, 'dispatched', { count: 5, seed: 9 })
  const second = applySeed(engine, 'dispatched', { count: 5, seed: 9 })
  expect(new Set([...first.productOrderIds, ...second.productOrderIds]).size).toBe(10)
  expect(second.states).toEqual({ 'DELIVERING · OK': 5 })
})

test('unknown seeds and bad parameters are refused with the sandbox error codes', () => {
  const engine = createEngine()
  expect(() => applySeed(engine, 'no-such-seed')).toThrow(
    expect.objectContaining({ status: 404, code: 'NOT_FOUND' }),
  )
  expect(() => applySeed(engine, 'delivered', { params: { colour: 1 } })).toThrow(/has no parameter colour/)
  expect(() => applySeed(engine, 'delivered', { count: 0 })).toThrow(/count must be an integer from 1/)
  expect(() => applySeed(engine, 'partial-cancel', { params: { quantity: 2, cancelQuantity: 2 } })).toThrow(
    /cancelQuantity must be less than quantity/,
  )
})
