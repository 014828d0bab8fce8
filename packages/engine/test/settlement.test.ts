import { expect, test } from 'vitest'
import {
  commissionDetails,
  type EngineOptions,
  settleCases,
  settleDaily,
  type Tenant,
  vatCases,
  vatDaily,
} from '../src/index.ts'
import { DAY, newEngine, type PathStep, reach } from './support.ts'

const SHIPPED: PathStep[] = ['dispatchProductOrders', 'deliver']
const DECIDED: PathStep[] = [...SHIPPED, 'decide-purchase']
/** 21,000 won by card plus a 3,000 won delivery fee; the test clock starts on Wednesday 2024-05-15. */
const CARD_ORDER = { items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }], paymentMeans: '신용카드' }
const PAGE = { pageNumber: 1, pageSize: 100 }

function setup(options: EngineOptions = {}) {
  const tenant = newEngine(options).tenant()
  return {
    tenant,
    cases: (q: Record<string, unknown>) => settleCases(tenant, { ...PAGE, ...q }).elements,
    commissions: (q: Record<string, unknown>) => commissionDetails(tenant, { ...PAGE, ...q }).elements,
    month: <T>(
      fn: (t: Tenant, q: typeof PAGE & { startDate: string; endDate: string }) => { elements: T[] },
      startDate = '2024-05-01',
      endDate = '2024-05-31',
    ) => fn(tenant, { ...PAGE, startDate, endDate }).elements,
  }
}

/** Moves the tenant's clock into June so May's VAT can be read. */
const intoJune = (tenant: Tenant) => tenant.advance(17 * DAY)

test('a purchase decision settles the product and its delivery fee the next business day', () => {
  const s = setup()
  const id = reach(s.tenant, DECIDED, CARD_ORDER)
  const lines = s.cases({ productOrderId: id })
  expect(lines.map((l) => [l.productOrderType, l.paySettleAmount, l.settleExpectAmount])).toEqual([
    ['PROD_ORDER', 21_000, 19_818],
    ['DELIVERY', 3_000, 2_891],
  ])
  expect(lines[0]).toMatchInlineSnapshot(
    {
      orderId: expect.any(String),
      productOrderId: expect.any(String),
      productId: expect.any(String),
      productName: expect.any(String),
      purchaserName: expect.any(String),
    },
    `
    {
      "benefitSettleAmount": 0,
      "contractNo": null,
      "freeInstallmentCommissionAmount": 0,
      "merchantId": "np_sandbox",
      "merchantName": "샌드박스 기본 가맹점",
      "orderId": Any<String>,
      "payDate": "2024-05-15",
      "paySettleAmount": 21000,
      "productId": Any<String>,
      "productName": Any<String>,
      "productOrderId": Any<String>,
      "productOrderType": "PROD_ORDER",
      "purchaserName": Any<String>,
      "sellingInterlockCommissionAmount": -420,
      "settleBasisDate": "2024-05-15",
      "settleCompleteDate": null,
      "settleExpectAmount": 19818,
      "settleExpectDate": "2024-05-16",
      "settleType": "NORMAL_SETTLE_ORIGINAL",
      "totalPayCommissionAmount": -762,
    }
  `,
  )
  expect(lines[0]!.productOrderId).toBe(id)
  // A delivery fee has its own number.
  expect(lines[1]!.productOrderId).not.toBe(id)
})

test('commission details repeat the case commissions row by row', () => {
  const s = setup()
  const id = reach(s.tenant, DECIDED, CARD_ORDER)
  expect(
    s
      .commissions({ productOrderId: id })
      .map((c) => [
        c.productOrderType,
        c.commissionType,
        c.payMeansType,
        c.sellingInterlockCommissionType,
        c.commissionBasisAmount,
        c.commissionAmount,
      ]),
  ).toEqual([
    ['PROD_ORDER', 'PAY_COMMISSION', 'PAYMEANS_TYPE_CCARD', null, 21_000, -762],
    ['PROD_ORDER', 'CHNL_COMMISSION', null, 'NAVER_SHOPPING', 21_000, -420],
    ['DELIVERY', 'PAY_COMMISSION', 'PAYMEANS_TYPE_CCARD', null, 3_000, -109],
  ])
  expect(s.commissions({ productOrderId: id })[0]).toMatchObject({ orderNo: expect.any(String) })
})

test('settle/daily sums the case rows of each expected date', () => {
  const s = setup()
  reach(s.tenant, DECIDED, CARD_ORDER)
  reach(s.tenant, DECIDED, {
    items: [{ unitPrice: 10_000, deliveryFeeAmount: 0 }],
    paymentMeans: '무통장입금',
  })
  const [day, ...rest] = s.month(settleDaily)
  expect(rest).toEqual([])
  const cases = s.cases({ searchDate: '2024-05-16' })
  const sum = (f: (c: (typeof cases)[number]) => number) => cases.reduce((t, c) => t + f(c), 0)
  expect(day).toMatchObject({
    settleExpectDate: '2024-05-16',
    settleBasisStartDate: '2024-05-15',
    settleBasisEndDate: '2024-05-15',
    paySettleAmount: sum((c) => c.paySettleAmount),
    settleAmount: sum((c) => c.settleExpectAmount),
    normalSettleAmount: sum((c) => c.settleExpectAmount),
    commissionSettleAmount: sum((c) => c.totalPayCommissionAmount! + c.sellingInterlockCommissionAmount!),
    settleCompleteDate: null,
  })
  // 10,000 by virtual account: 1 % payment commission, 2 % sales-interlock commission.
  expect(day!.settleAmount).toBe(19_818 + 2_891 + 10_000 - 100 - 200)
})

test('the completion date is filled once the expected date has passed', () => {
  const s = setup()
  s.tenant.advance(2 * DAY)
  const id = reach(s.tenant, DECIDED, CARD_ORDER)
  const expectDate = () => s.cases({ productOrderId: id })[0]
  // Decided on Friday 2024-05-17: paid out on Monday.
  expect(expectDate()).toMatchObject({ settleExpectDate: '2024-05-20', settleCompleteDate: null })
  s.tenant.advance(3 * DAY)
  expect(expectDate()).toMatchObject({ settleCompleteDate: null })
  s.tenant.advance(DAY)
  expect(expectDate()).toMatchObject({ settleCompleteDate: '2024-05-20' })
  expect(
    s.cases({ searchDate: '2024-05-20', periodType: 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE' }),
  ).toHaveLength(2)
})

test('the automatic purchase decision settles on the day it falls due', () => {
  const s = setup()
  const id = reach(s.tenant, SHIPPED, CARD_ORDER)
  expect(s.cases({ productOrderId: id })).toEqual([])
  s.tenant.advance(8 * DAY)
  expect(s.cases({ productOrderId: id })[0]).toMatchObject({
    settleBasisDate: '2024-05-23',
    settleExpectDate: '2024-05-24',
  })
})

test('VAT rows split taxation from exemption and card from cash receipts', () => {
  const s = setup()
  reach(s.tenant, DECIDED, CARD_ORDER)
  const exempt = { items: [{ unitPrice: 8_000, deliveryFeeAmount: 0, taxType: 'TAX_EXEMPTION' as const }] }
  reach(s.tenant, DECIDED, { ...exempt, paymentMeans: '계좌 간편결제' })
  intoJune(s.tenant)
  const rows = s.month(vatCases)
  expect(
    rows.map((r) => [
      r.productOrderType,
      r.status,
      r.totalSalesAmount,
      r.taxationSalesAmount,
      r.taxExemptionSalesAmount,
      r.creditCardAmount,
      r.cashInComeDeductionAmount,
    ]),
  ).toEqual([
    ['PROD_ORDER', 'VOUCH_PUBLICATION', 21_000, 21_000, 0, 21_000, 0],
    ['DELIVERY', 'VOUCH_PUBLICATION', 3_000, 3_000, 0, 3_000, 0],
    ['PROD_ORDER', 'VOUCH_PUBLICATION', 8_000, 0, 8_000, 0, 8_000],
  ])
  expect(s.month(vatDaily)).toEqual([
    {
      settleBasisDate: '2024-05-15',
      totalSalesAmount: 32_000,
      taxationSalesAmount: 24_000,
      taxExemptionSalesAmount: 8_000,
      creditCardAmount: 24_000,
      cashInComeDeductionAmount: 8_000,
      cashOutGoingEvidenceAmount: 0,
      cashExclusionIssuanceAmount: 0,
      otherAmount: 0,
      merchantId: 'np_sandbox',
      merchantName: '샌드박스 기본 가맹점',
    },
  ])
})

test('commission rates follow the payment means and the tenant configuration', () => {
  const s = setup({ settlement: { payCommissionRates: { PAYMEANS_TYPE_MOBIL: 0.03 } } })
  s.tenant.settlement.configure({ sellingInterlockCommissionRate: 0 })
  const id = reach(s.tenant, DECIDED, {
    items: [{ unitPrice: 10_000, deliveryFeeAmount: 0 }],
    paymentMeans: '휴대폰',
  })
  expect(s.cases({ productOrderId: id })[0]).toMatchObject({
    totalPayCommissionAmount: -300,
    sellingInterlockCommissionAmount: 0,
    settleExpectAmount: 9_700,
  })
  expect(s.commissions({ productOrderId: id }).map((c) => c.commissionType)).toEqual(['PAY_COMMISSION'])
})
