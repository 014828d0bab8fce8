import { expect, test } from 'vitest'
import { type EngineOptions, settleCases, settleDaily, type Tenant, vatCases } from '../src/index.ts'
import { DAY, newEngine, type PathStep, reach, step } from './support.ts'

const CARD_ORDER = { items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }], paymentMeans: '신용카드' }
const PAGE = { pageNumber: 1, pageSize: 100 }
const RETURNED: PathStep[] = ['buyer-return', 'collect-done', 'approveReturn']

function setup(options: EngineOptions = {}) {
  const tenant = newEngine(options).tenant()
  const lines = (productOrderId: string) => settleCases(tenant, { ...PAGE, productOrderId }).elements
  const summary = (productOrderId: string) =>
    lines(productOrderId).map((l) => [
      l.settleType,
      l.productOrderType,
      l.paySettleAmount,
      l.settleExpectAmount,
    ])
  return { tenant, lines, summary }
}

const net = (tenant: Tenant, productOrderId: string) =>
  tenant.settlement.forProductOrder(productOrderId).reduce((sum, l) => sum + l.settleExpectAmount, 0)

test('a return after settlement appends reversing rows that cancel the originals', () => {
  const s = setup({ settlement: { trigger: 'delivery' } })
  const id = reach(s.tenant, ['dispatchProductOrders', 'deliver'], CARD_ORDER)
  s.tenant.advance(2 * DAY)
  for (const event of RETURNED) step(s.tenant, id, event)
  expect(s.summary(id)).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 21_000, 19_818],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, 2_891],
    ['NORMAL_SETTLE_AFTER_CANCEL', 'PROD_ORDER', -21_000, -19_818],
    ['NORMAL_SETTLE_AFTER_CANCEL', 'DELIVERY', -3_000, -2_891],
  ])
  const [original, fee, reversal, feeReversal] = s.lines(id)
  expect(reversal).toMatchObject({
    settleBasisDate: '2024-05-17',
    settleExpectDate: '2024-05-20',
    totalPayCommissionAmount: 762,
    sellingInterlockCommissionAmount: 420,
  })
  expect(feeReversal!.productOrderId).toBe(fee!.productOrderId)
  const stored = s.tenant.settlement.forProductOrder(id)
  expect(
    stored
      .filter((l) => l.reverses !== undefined)
      .map((l) => stored.find((o) => o.seq === l.reverses)?.settleType),
  ).toEqual(['NORMAL_SETTLE_ORIGINAL', 'NORMAL_SETTLE_ORIGINAL'])
  expect(original).toMatchObject({ settleExpectDate: '2024-05-16' })
  expect(net(s.tenant, id)).toBe(0)
})

test('rows written before a reversal are never edited', () => {
  const s = setup({ settlement: { trigger: 'delivery' } })
  const id = reach(s.tenant, ['dispatchProductOrders', 'deliver'], CARD_ORDER)
  const before = structuredClone(s.lines(id))
  for (const event of RETURNED) step(s.tenant, id, event)
  expect(s.lines(id).slice(0, 2)).toEqual(before)
})

test('a partial return after settlement reverses only the returned share and keeps the delivery fee', () => {
  const s = setup({ settlement: { trigger: 'delivery' } })
  const order = {
    items: [{ unitPrice: 10_000, quantity: 3, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  }
  const id = reach(s.tenant, ['dispatchProductOrders', 'deliver'], order)
  step(s.tenant, id, { event: 'buyer-return', input: { quantity: 1 } })
  step(s.tenant, id, 'approveReturn')
  expect(s.summary(id)).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 30_000, 30_000 - 1_089 - 600],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, 2_891],
    ['NORMAL_SETTLE_AFTER_CANCEL', 'PROD_ORDER', -10_000, -10_000 + 363 + 200],
  ])
})

test('a cancel before settlement appends a NORMAL_SETTLE_BEFORE_CANCEL row with no money', () => {
  const s = setup()
  const id = reach(s.tenant, [], CARD_ORDER)
  s.tenant.advance(DAY)
  step(s.tenant, id, 'buyer-cancel')
  expect(s.lines(id)).toMatchObject([
    {
      settleType: 'NORMAL_SETTLE_BEFORE_CANCEL',
      settleBasisDate: '2024-05-16',
      settleExpectDate: null,
      payDate: '2024-05-15',
      paySettleAmount: 0,
      settleExpectAmount: 0,
    },
  ])
  const month = { ...PAGE, startDate: '2024-05-01', endDate: '2024-05-31' }
  expect(settleDaily(s.tenant, month).elements).toEqual([])
  s.tenant.advance(20 * DAY)
  expect(vatCases(s.tenant, month).elements).toEqual([])
})

test('a partial cancel before the purchase decision leaves only the rest to settle', () => {
  const s = setup()
  const order = {
    items: [{ unitPrice: 10_000, quantity: 3, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  }
  const id = reach(s.tenant, [{ event: 'requestCancel', input: { quantity: 1 } }], order)
  for (const event of ['dispatchProductOrders', 'deliver', 'decide-purchase'] as const)
    step(s.tenant, id, event)
  expect(s.summary(id)).toEqual([
    ['NORMAL_SETTLE_BEFORE_CANCEL', 'PROD_ORDER', 0, 0],
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 20_000, 20_000 - 726 - 400],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, 2_891],
  ])
})

test('a return before the purchase decision settles nothing', () => {
  const s = setup()
  const id = reach(s.tenant, ['dispatchProductOrders', 'deliver', ...RETURNED], CARD_ORDER)
  expect(s.summary(id)).toEqual([['NORMAL_SETTLE_BEFORE_CANCEL', 'PROD_ORDER', 0, 0]])
  expect(s.tenant.settlement.isSettled(id)).toBe(false)
})

test('an order that was never paid never gets a settlement row', () => {
  const s = setup()
  const cancelled = reach(s.tenant, ['buyer-cancel'], { paid: false })
  const expired = reach(s.tenant, ['expire-payment'], { paid: false })
  expect(s.tenant.settlement.all()).toEqual([])
  expect([...s.lines(cancelled), ...s.lines(expired)]).toEqual([])
})

test('the settlement trigger is configurable: payment settles at once', () => {
  const s = setup({ settlement: { trigger: 'payment' } })
  const id = reach(s.tenant, [], CARD_ORDER)
  expect(s.summary(id)).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 21_000, 19_818],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, 2_891],
  ])
  step(s.tenant, id, 'buyer-cancel')
  expect(s.summary(id).map((l) => l[0])).toContain('NORMAL_SETTLE_AFTER_CANCEL')
  expect(net(s.tenant, id)).toBe(0)
})

test('an exchange moves no money: the order settles once at its purchase decision', () => {
  const s = setup()
  const path: PathStep[] = [
    'dispatchProductOrders',
    'deliver',
    'buyer-exchange',
    'collect-done',
    'redeliverExchange',
    'redeliver-done',
    'decide-purchase',
  ]
  const id = reach(s.tenant, path, CARD_ORDER)
  expect(s.summary(id)).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 21_000, 19_818],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, 2_891],
  ])
})

test('a reset forgets the settlement rows', () => {
  const s = setup()
  reach(s.tenant, ['dispatchProductOrders', 'deliver', 'decide-purchase'], CARD_ORDER)
  s.tenant.reset()
  expect(s.tenant.settlement.all()).toEqual([])
})

test('settlement rows and each tenant’s options survive a saved and restored sandbox', () => {
  const engine = newEngine({ settlement: { trigger: 'delivery' } })
  const tenant = engine.tenant()
  tenant.settlement.configure({ sellingInterlockCommissionRate: 0.01 })
  const id = reach(tenant, ['dispatchProductOrders', 'deliver'], CARD_ORDER)
  const before = settleCases(tenant, { ...PAGE, productOrderId: id })
  engine.importState(JSON.parse(JSON.stringify(engine.exportState())))
  const restored = engine.tenant()
  expect(settleCases(restored, { ...PAGE, productOrderId: id })).toEqual(before)
  expect(restored.settlement.config.sellingInterlockCommissionRate).toBe(0.01)
  for (const event of RETURNED) step(restored, id, event)
  expect(net(restored, id)).toBe(0)
})
