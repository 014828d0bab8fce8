import { expect, test } from 'vitest'
import { exportTenant, seedEngine } from '../src/index.ts'

const exported = (name: string, seed: number, count: number) =>
  exportTenant(seedEngine(name, { seed, count }).engine.tenant())

test('the same seed twice gives a byte-identical export', () => {
  expect(exported('return-on-holdback', 7, 4)).toBe(exported('return-on-holdback', 7, 4))
})

test('busy-shop with the same seed twice gives a byte-identical export', () => {
  expect(exported('busy-shop', 3, 120)).toBe(exported('busy-shop', 3, 120))
})

test('another seed gives another export', () => {
  expect(exported('busy-shop', 3, 120)).not.toBe(exported('busy-shop', 4, 120))
  expect(exported('delivered', 1, 2)).not.toBe(exported('delivered', 2, 2))
})

test('the export holds orders, product-order details, history rows and the change log', () => {
  const state = JSON.parse(exported('exchange-redelivering', 1, 1))
  expect(Object.keys(state)).toEqual(['changeLog', 'clientId', 'mallId', 'now', 'orders'])
  const po = state.orders[0].productOrders[0]
  expect(po.detail.productOrder.claimStatus).toBe('EXCHANGE_REDELIVERING')
  expect(po.history.map((h: { rowId: string }) => h.rowId)).toContain('E4')
  expect(state.changeLog.map((r: { lastChangedType: string }) => r.lastChangedType)).toEqual([
    'PAYED',
    'DISPATCHED',
    'CLAIM_REQUESTED',
    'COLLECT_DONE',
    'CLAIM_REDELIVERING',
  ])
})
