/**
 * One commission computation for the order and the ledger: a product order's paymentCommission,
 * knowledgeShoppingSellingInterlockCommission and expectedSettlementAmount (facts §8.2) are the
 * magnitudes of the sums of its settle/case lines (§11.1), for every payment means (§9.13 → §11.8),
 * split payments, partial and full cancels and returns, and orders with a Naver-borne discount.
 *
 * Rates are the published standard Npay commissions the options document [INF]: card 3.63 %, bank
 * transfer 1.65 %, virtual account 1 %, mobile 3.85 %, Npay points/money 3.74 %; sales interlock 2 %.
 */
import { expect, test } from 'vitest'
import {
  type CreateOrderInput,
  commissionDetails,
  type EngineOptions,
  settleCases,
  settleDaily,
  type Tenant,
  vatCases,
} from '../src/index.ts'
import type { Order, ProductOrder } from '../src/records.ts'
import { RECORDS } from '../src/tenant-records.ts'
import { DAY, newEngine, type PathStep, reach, step } from './support.ts'

const PAGE = { pageNumber: 1, pageSize: 1000 }
const MAY = { ...PAGE, startDate: '2024-05-01', endDate: '2024-05-31' }
const won = (amount: number, rate: number) => Math.round(amount * rate)
const RETURNED: PathStep[] = ['buyer-return', 'collect-done', 'approveReturn']

function setup(options: EngineOptions = {}) {
  return newEngine({ settlement: { trigger: 'delivery' }, ...options }).tenant()
}

/** The stored records, for giving an order the discounts or split payment a test needs. */
function stored(tenant: Tenant, productOrderId: string): { po: ProductOrder; order: Order } {
  const record = tenant[RECORDS].productOrders.get(productOrderId)!
  return { po: record.productOrder, order: tenant[RECORDS].orders.get(record.orderId)!.order }
}

function fields(tenant: Tenant, productOrderId: string) {
  const po = tenant.productOrder(productOrderId)!.productOrder
  return [po.paymentCommission, po.knowledgeShoppingSellingInterlockCommission, po.expectedSettlementAmount]
}

/** The same three numbers from the product order's settle/case rows and settle/daily's benefit. */
function fromLines(tenant: Tenant, productOrderId: string) {
  const rows = settleCases(tenant, { ...PAGE, productOrderId }).elements
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((t, r) => t + f(r), 0)
  const benefit = tenant.settlement.forProductOrder(productOrderId).reduce((t, l) => t + l.benefit, 0)
  return [
    0 - sum((r) => r.totalPayCommissionAmount!),
    0 - sum((r) => r.sellingInterlockCommissionAmount!),
    sum((r) => r.settleExpectAmount) + benefit,
  ]
}

const CASES: [string, string, number][] = [
  ['신용카드', 'PAYMEANS_TYPE_CCARD', 0.0363],
  ['계좌 간편결제', 'PAYMEANS_TYPE_BANK', 0.0165],
  ['무통장입금', 'PAYMEANS_TYPE_VACCT', 0.01],
  ['휴대폰', 'PAYMEANS_TYPE_MOBIL', 0.0385],
  ['포인트/머니결제', 'PAYMEANS_TYPE_NCASH', 0.0374],
]

test.each(CASES)(
  'paid by %s (%s) the order fields equal the settlement lines through a partial and a full return',
  (paymentMeans, payMeansType, rate) => {
    const tenant = setup()
    const order: CreateOrderInput = {
      items: [{ unitPrice: 10_000, quantity: 3, deliveryFeeAmount: 3_000 }],
      paymentMeans,
    }
    const [partial, full] = [0, 1].map(() => reach(tenant, ['dispatchProductOrders', 'deliver'], order))
    const charged = won(30_000, rate) + won(3_000, rate)
    for (const id of [partial!, full!]) {
      expect(fields(tenant, id)).toEqual([charged, won(30_000, 0.02), 33_000 - charged - won(30_000, 0.02)])
      expect(fromLines(tenant, id)).toEqual(fields(tenant, id))
    }
    const pay = commissionDetails(tenant, { ...PAGE, productOrderId: partial! }).elements.filter(
      (c) => c.commissionType === 'PAY_COMMISSION',
    )
    expect(pay.map((c) => [c.payMeansType, c.commissionBasisAmount])).toEqual([
      [payMeansType, 30_000],
      [payMeansType, 3_000],
    ])

    step(tenant, partial!, { event: 'buyer-return', input: { quantity: 1 } })
    step(tenant, partial!, 'approveReturn')
    const kept = won(20_000, rate) + won(3_000, rate)
    expect(fields(tenant, partial!)).toEqual([kept, won(20_000, 0.02), 23_000 - kept - won(20_000, 0.02)])
    expect(fromLines(tenant, partial!)).toEqual(fields(tenant, partial!))

    for (const event of RETURNED) step(tenant, full!, event)
    expect(fields(tenant, full!)).toEqual([0, 0, 0])
    expect(fromLines(tenant, full!)).toEqual([0, 0, 0])
  },
)

test('partial and full cancels after settlement keep the fields equal to the lines', () => {
  const tenant = setup({ settlement: { trigger: 'payment' } })
  const order = {
    items: [{ unitPrice: 7_777, quantity: 3, deliveryFeeAmount: 2_500 }],
    paymentMeans: '휴대폰',
  }
  const [partial, full] = [0, 1].map(() => reach(tenant, [], order))
  expect(fromLines(tenant, partial!)).toEqual(fields(tenant, partial!))
  step(tenant, partial!, { event: 'requestCancel', input: { quantity: 2 } })
  expect(fromLines(tenant, partial!)).toEqual(fields(tenant, partial!))
  expect(fields(tenant, partial!)[0]).toBe(won(7_777, 0.0385) + won(2_500, 0.0385))
  const types = settleCases(tenant, { ...PAGE, productOrderId: partial! }).elements.map((c) => c.settleType)
  expect(types).toContain('NORMAL_SETTLE_AFTER_CANCEL')
  step(tenant, full!, 'requestCancel')
  expect(fields(tenant, full!)).toEqual([0, 0, 0])
  expect(fromLines(tenant, full!)).toEqual([0, 0, 0])
})

test('a payment split between card and Npay points has a commission row per means and a VAT column each', () => {
  const tenant = setup()
  const id = reach(tenant, [], {
    items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  })
  Object.assign(stored(tenant, id).order, {
    generalPaymentAmount: 20_000,
    naverMileagePaymentAmount: 4_000,
    chargeAmountPaymentAmount: 0,
  })
  for (const event of ['dispatchProductOrders', 'deliver'] as const) step(tenant, id, event)
  // 20 : 4 of 21,000 and of 3,000.
  const rows = commissionDetails(tenant, { ...PAGE, productOrderId: id }).elements
  expect(
    rows.map((r) => [r.commissionType, r.payMeansType, r.commissionBasisAmount, r.commissionAmount]),
  ).toEqual([
    ['PAY_COMMISSION', 'PAYMEANS_TYPE_CCARD', 17_500, -won(17_500, 0.0363)],
    ['PAY_COMMISSION', 'PAYMEANS_TYPE_NCASH', 3_500, -won(3_500, 0.0374)],
    ['CHNL_COMMISSION', null, 21_000, -won(21_000, 0.02)],
    ['PAY_COMMISSION', 'PAYMEANS_TYPE_CCARD', 2_500, -won(2_500, 0.0363)],
    ['PAY_COMMISSION', 'PAYMEANS_TYPE_NCASH', 500, -won(500, 0.0374)],
  ])
  const charged = won(17_500, 0.0363) + won(3_500, 0.0374) + won(2_500, 0.0363) + won(500, 0.0374)
  expect(fields(tenant, id)[0]).toBe(charged)
  expect(fromLines(tenant, id)).toEqual(fields(tenant, id))
  tenant.advance(20 * DAY)
  const vat = vatCases(tenant, MAY).elements
  expect(vat.map((v) => [v.totalSalesAmount, v.creditCardAmount, v.cashInComeDeductionAmount])).toEqual([
    [21_000, 17_500, 3_500],
    [3_000, 2_500, 500],
  ])
})

/** 21,000 won less a 2,000 won coupon half borne by Naver (naverBurdenRatio 50), plus 3,000 delivery. */
function couponOrder(tenant: Tenant) {
  const id = reach(tenant, [], {
    items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  })
  const { po, order } = stored(tenant, id)
  Object.assign(po, {
    productDiscountAmount: 2_000,
    initialProductDiscountAmount: 2_000,
    remainProductDiscountAmount: 2_000,
    productProductDiscountAmount: 2_000,
    initialProductProductDiscountAmount: 2_000,
    remainProductProductDiscountAmount: 2_000,
    sellerBurdenProductDiscountAmount: 1_000,
    initialSellerBurdenProductDiscountAmount: 1_000,
    remainSellerBurdenProductDiscountAmount: 1_000,
    sellerBurdenDiscountAmount: 1_000,
    appliedCoupons: [
      {
        couponPublishNumber: '1',
        couponClassCode: 'NMP_PRD_DCNT',
        couponDiscountAmount: 2_000,
        naverBurdenRatio: 50,
      },
    ],
    totalPaymentAmount: 22_000,
    initialPaymentAmount: 22_000,
    remainPaymentAmount: 22_000,
  })
  order.generalPaymentAmount = 22_000
  for (const event of ['dispatchProductOrders', 'deliver'] as const) step(tenant, id, event)
  return id
}

test('a Naver-borne coupon is a benefit: daily and VAT show it, the case row per [OBS] does not', () => {
  const tenant = setup()
  const id = couponOrder(tenant)
  const cases = settleCases(tenant, { ...PAGE, productOrderId: id }).elements
  expect(cases.map((c) => [c.productOrderType, c.paySettleAmount, c.benefitSettleAmount])).toEqual([
    ['PROD_ORDER', 19_000, 0],
    ['DELIVERY', 3_000, 0],
  ])
  const charged = won(19_000, 0.0363) + won(3_000, 0.0363)
  const interlock = won(19_000, 0.02)
  // The merchant gets what the buyer paid less the commissions, plus Naver's 1,000 won share.
  expect(fields(tenant, id)).toEqual([charged, interlock, 22_000 - charged - interlock + 1_000])
  expect(fromLines(tenant, id)).toEqual(fields(tenant, id))

  const [day] = settleDaily(tenant, MAY).elements
  expect(day).toMatchObject({
    benefitSettleAmount: 1_000,
    paySettleAmount: 22_000,
    settleAmount: 22_000 - charged - interlock + 1_000,
  })
  expect(day!.settleAmount).toBe(cases.reduce((t, c) => t + c.settleExpectAmount, 0) + 1_000)

  for (const event of RETURNED) step(tenant, id, event)
  expect(fields(tenant, id)).toEqual([0, 0, 0])
  tenant.advance(20 * DAY)
  const vat = vatCases(tenant, MAY).elements
  expect(
    vat.map((v) => [v.productOrderType, v.detailType, v.status, v.totalSalesAmount, v.otherAmount]),
  ).toEqual([
    ['PROD_ORDER', 'VOUCH_DETAIL_PAYMENT_SETL', 'VOUCH_PUBLICATION', 19_000, 0],
    ['PROD_ORDER', 'VOUCH_DETAIL_COUPON_SETL', 'VOUCH_PUBLICATION', 1_000, 1_000],
    ['DELIVERY', 'VOUCH_DETAIL_PAYMENT_SETL', 'VOUCH_PUBLICATION', 3_000, 0],
    ['PROD_ORDER', 'VOUCH_DETAIL_PAYMENT_SETL', 'VOUCH_CANCEL', -19_000, 0],
    ['PROD_ORDER', 'VOUCH_DETAIL_COUPON_SETL', 'VOUCH_CANCEL', -1_000, -1_000],
    ['DELIVERY', 'VOUCH_DETAIL_PAYMENT_SETL', 'VOUCH_CANCEL', -3_000, 0],
  ])
  const days = settleDaily(tenant, MAY).elements
  expect(days.reduce((t, d) => t + d.benefitSettleAmount!, 0)).toBe(0)
})

test('with benefitInCase the case row carries the benefit and its settleExpectAmount includes it', () => {
  const tenant = setup({ settlement: { trigger: 'delivery', benefitInCase: true } })
  const id = couponOrder(tenant)
  const [product] = settleCases(tenant, { ...PAGE, productOrderId: id }).elements
  expect(product).toMatchObject({ paySettleAmount: 19_000, benefitSettleAmount: 1_000 })
  expect(product!.settleExpectAmount).toBe(
    19_000 + product!.totalPayCommissionAmount! + product!.sellingInterlockCommissionAmount! + 1_000,
  )
  const rows = settleCases(tenant, { ...PAGE, productOrderId: id }).elements
  expect(fields(tenant, id)[2]).toBe(rows.reduce((t, c) => t + c.settleExpectAmount, 0))
})

test('an order discount (the seller-borne store coupon) is off the line payment and what settles, once', () => {
  const tenant = setup()
  const id = reach(tenant, [], {
    items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
    orderDiscountAmount: 2_000,
  })
  const { po, order } = stored(tenant, id)
  // 최초 결제 금액 (할인 적용 후): 21,000 + 3,000 − 2,000, and the buyer paid exactly that.
  expect([po.sellerBurdenStoreDiscountAmount, po.totalPaymentAmount, order.generalPaymentAmount]).toEqual([
    2_000, 22_000, 22_000,
  ])
  for (const event of ['dispatchProductOrders', 'deliver'] as const) step(tenant, id, event)
  const cases = settleCases(tenant, { ...PAGE, productOrderId: id }).elements
  expect(cases.map((c) => [c.productOrderType, c.paySettleAmount, c.benefitSettleAmount])).toEqual([
    ['PROD_ORDER', 19_000, 0],
    ['DELIVERY', 3_000, 0],
  ])
  expect(fromLines(tenant, id)).toEqual(fields(tenant, id))
})

test('a partial return that ends the product order settles the units the buyer keeps when it completes', () => {
  const tenant = setup({ settlement: { trigger: 'purchase-decision' } })
  const order = {
    items: [{ unitPrice: 10_000, quantity: 3, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  }
  const id = reach(tenant, ['dispatchProductOrders', 'deliver'], order)
  tenant.advance(DAY)
  step(tenant, id, { event: 'buyer-return', input: { quantity: 1 } })
  step(tenant, id, 'approveReturn')
  expect(tenant.productOrder(id)!.productOrder).toMatchObject({
    productOrderStatus: 'RETURNED',
    remainQuantity: 2,
  })
  const cases = settleCases(tenant, { ...PAGE, productOrderId: id }).elements
  expect(cases.map((c) => [c.settleType, c.productOrderType, c.paySettleAmount, c.settleBasisDate])).toEqual([
    ['NORMAL_SETTLE_BEFORE_CANCEL', 'PROD_ORDER', 0, '2024-05-16'],
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 20_000, '2024-05-16'],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, '2024-05-16'],
  ])
  expect(fromLines(tenant, id)).toEqual(fields(tenant, id))
})
