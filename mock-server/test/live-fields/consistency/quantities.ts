/**
 * Quantities and product-order amounts (facts §8.2; docs query.POST.md field texts): `quantity` and
 * `initialQuantity` are both 최초 수량, `total*` and `initial*` both 최초, `remain*` what is left after
 * 수량 클레임 (facts §10.2 C7), and the seller-borne discounts are parts of the discounts they name.
 */
import type { Loose } from '../live-data.ts'
import { type Check, claimBlocks, perDetail } from './support.ts'

const DONE = new Set(['CANCEL_DONE', 'RETURN_DONE', 'ADMIN_CANCEL_DONE'])

/** [remaining, initial] field pairs (the docs spell the immediate discounts differently per prefix). */
const REMAIN_PAIRS = [
  ['remainQuantity', 'initialQuantity'],
  ['remainProductAmount', 'initialProductAmount'],
  ['remainPaymentAmount', 'initialPaymentAmount'],
  ['remainProductDiscountAmount', 'initialProductDiscountAmount'],
  ['remainProductImmediateDiscountAmount', 'initialProductImmediateDiscountAmount'],
  ['remainProductProductDiscountAmount', 'initialProductProductDiscountAmount'],
  ['remainSellerBurdenImmediateDiscountAmount', 'initialSellerBurdenImmediateDiscountAmount'],
  ['remainSellerBurdenProductDiscountAmount', 'initialSellerBurdenProductDiscountAmount'],
] as const

/** [part, whole]: a seller-borne or component discount never exceeds the discount it is part of. */
const PARTS = [
  ['sellerBurdenImediateDiscountAmount', 'productImediateDiscountAmount'],
  ['sellerBurdenProductDiscountAmount', 'productProductDiscountAmount'],
  ['sellerBurdenMultiplePurchaseDiscountAmount', 'productMultiplePurchaseDiscountAmount'],
  ['productImediateDiscountAmount', 'productDiscountAmount'],
  ['productProductDiscountAmount', 'productDiscountAmount'],
  ['productMultiplePurchaseDiscountAmount', 'productDiscountAmount'],
] as const

/** Units cancelled or returned for good: the done claims' requestQuantity (whole quantity when absent). */
function claimedUnits(detail: Loose): number {
  const seen = new Map<string, number>()
  for (const { claim } of claimBlocks(detail)) {
    if (DONE.has(claim.claimStatus) && claim.claimId)
      seen.set(claim.claimId, claim.requestQuantity ?? detail.productOrder.initialQuantity)
  }
  return [...seen.values()].reduce((a, b) => a + b, 0)
}

const withinOneWon = (a: number, b: number) => Math.abs(a - b) <= 1

export const QUANTITY_CHECKS: Check[] = [
  {
    area: 'A',
    name: 'quantity is the initial quantity',
    source: 'docs query.POST.md: quantity 최초 수량, initialQuantity 최초 수량',
    run: (live) =>
      perDetail(live, ({ productOrder: p }) => [
        p.quantity !== p.initialQuantity && `quantity ${p.quantity} ≠ initialQuantity ${p.initialQuantity}`,
      ]),
  },
  {
    area: 'A',
    name: 'total amounts are the initial amounts',
    source:
      'docs query.POST.md: totalProductAmount/initialProductAmount 최초 주문 금액, totalPaymentAmount/initialPaymentAmount 최초 결제 금액, productDiscountAmount/initialProductDiscountAmount 최초 상품별 할인액',
    run: (live) =>
      perDetail(live, ({ productOrder: p }) =>
        [
          ['totalProductAmount', 'initialProductAmount'],
          ['totalPaymentAmount', 'initialPaymentAmount'],
          ['productDiscountAmount', 'initialProductDiscountAmount'],
        ].map(([a, b]) => p[a!] !== p[b!] && `${a} ${p[a!]} ≠ ${b} ${p[b!]}`),
      ),
  },
  {
    area: 'A',
    name: 'the product amount is (unitPrice + optionPrice) × the initial quantity',
    source:
      'docs query.POST.md: unitPrice 상품 가격, optionPrice 옵션 금액, totalProductAmount 최초 주문 금액(할인 적용 전); facts §8.8',
    run: (live) =>
      perDetail(live, ({ productOrder: p }) => {
        const expected = (p.unitPrice + (p.optionPrice ?? 0)) * p.initialQuantity
        return [
          p.initialProductAmount !== expected &&
            `initialProductAmount ${p.initialProductAmount} ≠ ${expected}`,
        ]
      }),
  },
  {
    area: 'A',
    name: 'the payment is the discounted product amount, plus at most the delivery fees',
    source:
      'docs query.POST.md: totalPaymentAmount 최초 결제 금액(할인 적용 후), totalProductAmount (할인 적용 전); the discounts are the product discount and the seller-borne store discount (sellerBurdenStoreDiscountAmount 판매자 부담 스토어 할인 금액)',
    run: (live) =>
      perDetail(live, ({ productOrder: p }) => {
        const low =
          p.initialProductAmount -
          (p.initialProductDiscountAmount ?? 0) -
          (p.sellerBurdenStoreDiscountAmount ?? 0)
        const high = low + (p.deliveryFeeAmount ?? 0) + (p.sectionDeliveryFee ?? 0)
        const pay = p.initialPaymentAmount
        return [(pay < low || pay > high) && `initialPaymentAmount ${pay} outside [${low}, ${high}]`]
      }),
  },
  {
    area: 'A',
    name: 'remaining quantities and amounts never exceed the initial ones',
    source: 'facts §8.2 (current / original / remaining after 수량 클레임)',
    run: (live) =>
      perDetail(live, ({ productOrder: p }) =>
        REMAIN_PAIRS.map(
          ([r, i]) =>
            p[r] !== undefined && p[i] !== undefined && p[r] > p[i] && `${r} ${p[r]} > ${i} ${p[i]}`,
        ),
      ),
  },
  {
    area: 'A',
    name: 'remainQuantity is the initial quantity less the units cancelled or returned',
    source: 'facts §10.2 C7, §8.2, §8.6 requestQuantity',
    run: (live) =>
      perDetail(live, (d) => {
        const p = d.productOrder
        const expected = Math.max(0, p.initialQuantity - claimedUnits(d))
        return [p.remainQuantity !== expected && `remainQuantity ${p.remainQuantity} ≠ ${expected}`]
      }),
  },
  {
    area: 'A',
    name: 'after a partial cancel or return the remaining amounts are proportional',
    source: 'facts §10.2 C7 (remain*Amount reduced); docs: remain* 잔여',
    run: (live) =>
      perDetail(live, ({ productOrder: p }) => {
        const share = p.remainQuantity / p.initialQuantity
        if (!(share > 0 && share < 1)) return []
        const product = p.initialProductAmount * share
        const discount = (p.initialProductDiscountAmount ?? 0) * share
        const store = (p.sellerBurdenStoreDiscountAmount ?? 0) * (1 - share)
        const refunded =
          p.initialProductAmount - product - ((p.initialProductDiscountAmount ?? 0) - discount) - store
        return [
          !withinOneWon(p.remainProductAmount, product) &&
            `remainProductAmount ${p.remainProductAmount} ≠ ${product}`,
          !withinOneWon(p.remainProductDiscountAmount ?? 0, discount) &&
            `remainProductDiscountAmount ${p.remainProductDiscountAmount} ≠ ${discount}`,
          Math.abs(p.initialPaymentAmount - p.remainPaymentAmount - refunded) > 2 &&
            `refunded ${p.initialPaymentAmount - p.remainPaymentAmount} ≠ the cancelled units' ${refunded}`,
        ]
      }),
  },
  {
    area: 'A',
    name: 'discount parts never exceed the discount they belong to',
    source:
      'docs query.POST.md: 판매자 부담 즉시/상품/복수 구매 할인, 상품별 즉시/쿠폰/복수 구매 할인 within 상품별 할인액',
    run: (live) =>
      perDetail(live, ({ productOrder: p }) =>
        PARTS.map(
          ([part, whole]) =>
            (p[part] ?? 0) > (p[whole] ?? 0) && `${part} ${p[part]} > ${whole} ${p[whole] ?? 0}`,
        ),
      ),
  },
  {
    area: 'A',
    name: 'own orders keep the payment means and tax types they were placed with',
    source: 'facts §9.13 (paymentMeans labels), §9.15 (taxType)',
    run: (live) =>
      live.own.flatMap((o) =>
        o.productOrderIds.flatMap((id, j) => {
          const d = live.details.get(id)
          if (!d) return [`${id}: not answered by product-orders/query`]
          return [
            d.order.paymentMeans !== o.paymentMeans &&
              `${id}: paymentMeans ${d.order.paymentMeans} ≠ ${o.paymentMeans}`,
            d.productOrder.taxType !== o.taxTypes[j] &&
              `${id}: taxType ${d.productOrder.taxType} ≠ ${o.taxTypes[j]}`,
          ].filter((v): v is string => typeof v === 'string')
        }),
      ),
  },
]
