/**
 * Payment columns of an order (facts §8.1: generalPaymentAmount is the main payment means,
 * naverMileagePaymentAmount Npay points, chargeAmountPaymentAmount Npay money, payLaterPaymentAmount
 * 후불결제) and money after a claim against the settlement lines (facts §11.1, §10.7).
 */
import type { Loose } from '../live-data.ts'
import { byOrder, type Check, label, perDetail } from './support.ts'

const COLUMNS = [
  'generalPaymentAmount',
  'naverMileagePaymentAmount',
  'chargeAmountPaymentAmount',
  'checkoutAccumulationPaymentAmount',
  'payLaterPaymentAmount',
] as const

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
const paidOrders = (live: Parameters<Check['run']>[0]) =>
  [...byOrder(live)].filter(([, details]) => details[0].order.paymentDate !== undefined)

/** Whether the product order's current claim took all its units (a full cancel or return). */
function fullyRefunded(d: Loose): boolean {
  const p = d.productOrder
  if (p.productOrderStatus !== 'CANCELED' && p.productOrderStatus !== 'RETURNED') return false
  const claim = d.currentClaim?.cancel ?? d.currentClaim?.return
  return (claim?.requestQuantity ?? p.initialQuantity) >= p.initialQuantity
}

/** What Naver bears of the coupons on the units that remain (appliedCoupons[].naverBurdenRatio %). */
const naverCouponShare = (p: Loose) =>
  (sum(
    (p.appliedCoupons ?? []).map(
      (c: Loose) => ((c.couponDiscountAmount ?? 0) * (c.naverBurdenRatio ?? 0)) / 100,
    ),
  ) *
    (p.remainQuantity ?? p.initialQuantity)) /
  p.initialQuantity

export const PAYMENT_CHECKS: Check[] = [
  {
    area: 'A',
    name: "the order's payment columns add up to its product orders' payments",
    source: 'facts §8.1 (the five payment columns), §8.2 totalPaymentAmount/remainPaymentAmount',
    run: (live) =>
      paidOrders(live).flatMap(([orderId, details]) => {
        const columns = sum(COLUMNS.map((c) => details[0].order[c] ?? 0))
        const initial = sum(details.map((d) => d.productOrder.initialPaymentAmount))
        const remain = sum(details.map((d) => d.productOrder.remainPaymentAmount))
        const ok = columns === initial || columns === remain
        return ok
          ? []
          : [
              `${orderId} (${details[0].order.paymentMeans}): columns ${columns} ≠ payments ${initial} (remaining ${remain})`,
            ]
      }),
  },
  {
    area: 'A',
    name: 'each payment means is paid through its own column',
    source:
      'facts §8.1, §9.13: 포인트/머니결제 → Npay points/money, 후불결제 → payLaterPaymentAmount, others → generalPaymentAmount',
    run: (live) =>
      paidOrders(live).flatMap(([orderId, [d]]) => {
        const o = d.order
        const total = sum(COLUMNS.map((c) => o[c] ?? 0))
        const points = (o.naverMileagePaymentAmount ?? 0) + (o.chargeAmountPaymentAmount ?? 0)
        const means = o.paymentMeans
        const where = `${orderId} (${means}): general ${o.generalPaymentAmount}, points/money ${points}, pay later ${o.payLaterPaymentAmount}`
        if (total === 0) return []
        if (means === '포인트/머니결제') return o.generalPaymentAmount === 0 && points > 0 ? [] : [where]
        if (means === '후불결제')
          return o.generalPaymentAmount === 0 && o.payLaterPaymentAmount > 0 ? [] : [where]
        return o.generalPaymentAmount > 0 && !o.payLaterPaymentAmount ? [] : [where]
      }),
  },
  {
    area: 'A',
    name: '무통장입금 orders carry a deposit deadline after the order date',
    source: 'facts §8.1 paymentDueDate 입금 기한 (virtual account / 무통장입금)',
    run: (live) =>
      perDetail(live, ({ order: o }) => [
        o.paymentMeans === '무통장입금' &&
          !(Date.parse(o.paymentDueDate) > Date.parse(o.orderDate)) &&
          `paymentDueDate ${o.paymentDueDate} not after orderDate ${o.orderDate}`,
      ]),
  },
  {
    area: 'A',
    name: 'an unpaid order has no payment date, in the detail and in last-changed rows',
    source: 'facts §8.1 (paymentDate absent while unpaid), §7.1 (row paymentDate omitted while unpaid)',
    run: (live) => [
      ...perDetail(live, (d) => [
        ['PAYMENT_WAITING', 'CANCELED_BY_NOPAYMENT'].includes(d.productOrder.productOrderStatus) &&
          d.order.paymentDate !== undefined &&
          `paymentDate ${d.order.paymentDate}`,
      ]),
      ...live.rows
        .filter((r) => r.lastChangedType === 'PAY_WAITING' && r.paymentDate !== undefined)
        .map((r) => `${r.productOrderId}: PAY_WAITING row with paymentDate ${r.paymentDate}`),
    ],
  },
  {
    area: 'E',
    name: 'a fully cancelled or returned product order expects no settlement and no payment commission',
    source: 'facts §8.2 expectedSettlementAmount/paymentCommission, §10.7 (refund-completing transitions)',
    run: (live) =>
      perDetail(live, (d) => {
        const p = d.productOrder
        if (!fullyRefunded(d)) return []
        return [
          p.expectedSettlementAmount !== 0 && `expectedSettlementAmount ${p.expectedSettlementAmount}`,
          p.paymentCommission !== 0 && `paymentCommission ${p.paymentCommission}`,
        ]
      }),
  },
  {
    area: 'E',
    name: 'a purchase-decided product order has settle/case lines',
    source:
      'facts §11.0 (lines per product order), §10.7; docs/fidelity.md (settles at the purchase decision)',
    run: (live) =>
      perDetail(live, (d) => [
        d.productOrder.productOrderStatus === 'PURCHASE_DECIDED' &&
          (live.settleCases.get(d.productOrder.productOrderId) ?? []).length === 0 &&
          'no settle/case line',
      ]),
  },
  {
    area: 'E',
    name: "a product order's settlement fields match its settle/case lines",
    source:
      'facts §11.1 (paySettleAmount, totalPayCommissionAmount, sellingInterlockCommissionAmount, settleExpectAmount; commissions negative), §11.0 (no benefit per case) vs §8.2',
    run: (live) =>
      [...live.settleCases].flatMap(([id, lines]) => {
        const d = live.details.get(id)
        if (!d || lines.length === 0) return []
        const p = d.productOrder
        const total = (key: string) => sum(lines.map((l: Loose) => l[key] ?? 0))
        // Case lines carry no benefit (facts §11.0 [OBS]); the product order's expectation includes Naver's coupon share.
        const benefit = total('benefitSettleAmount') === 0 ? naverCouponShare(p) : 0
        const pairs: [string, number, number][] = [
          [
            'expectedSettlementAmount vs Σ settleExpectAmount + Naver coupon share',
            p.expectedSettlementAmount,
            total('settleExpectAmount') + benefit,
          ],
          [
            'paymentCommission vs −Σ totalPayCommissionAmount',
            p.paymentCommission,
            -total('totalPayCommissionAmount'),
          ],
          [
            'knowledgeShoppingSellingInterlockCommission vs −Σ sellingInterlockCommissionAmount',
            p.knowledgeShoppingSellingInterlockCommission ?? 0,
            -total('sellingInterlockCommissionAmount'),
          ],
          ['remainPaymentAmount vs Σ paySettleAmount', p.remainPaymentAmount, total('paySettleAmount')],
        ]
        // The coupon share of the remaining units is rounded to the won: one won either way.
        const tolerance = (what: string) =>
          what.startsWith('expected') && !Number.isInteger(benefit) ? 1 : 0
        return pairs
          .filter(([what, a, b]) => Math.abs(a - b) > tolerance(what))
          .map(
            ([what, a, b]) =>
              `${label(d)} (${d.order.paymentMeans}): ${what}: ${a} ≠ ${Math.round(b * 10) / 10}`,
          )
      }),
  },
]
