/**
 * What a product order's remaining payment is worth to the merchant, split the way settlement splits it:
 * a product part and a delivery-fee part (one settle/case line each), each divided among the payment
 * means the buyer used (one PAY_COMMISSION row each in commission-details), with the Npay commission per
 * means, the sales-interlock commission on the product part, and the Naver-borne benefit. The ledger
 * writes its lines as differences of this value and the order's commission fields are its sums, so the
 * two can never disagree.
 */
import type { Order, ProductOrder } from '../records.ts'
import type { CommissionRounding, PayMeansType, ResolvedSettlementOptions } from './options.ts'
import { payMeansTypeOf } from './pay-means.ts'

export type LineType = 'PROD_ORDER' | 'DELIVERY'

/**
 * A commission on `basis` as the signed amount the merchant is charged: basis × rate made whole won
 * by `rounding` on the magnitude, negative for a sale and positive for a reversal.
 * @example commissionOf(21_000, 0.0363, 'round') // -762
 */
export function commissionOf(basis: number, rate: number, rounding: CommissionRounding): number {
  // Six decimals absorb binary noise (1000 × 0.0165 = 16.499999…) before the real rounding.
  const exact = Math.round(Math.abs(basis) * rate * 1e6) / 1e6
  const whole =
    rounding === 'floor' ? Math.floor(exact) : rounding === 'ceil' ? Math.ceil(exact) : Math.round(exact)
  return whole === 0 ? 0 : basis > 0 ? -whole : whole
}

/** The options a commission depends on (a settled product order keeps the ones it was settled with). */
export type CommissionConfig = Pick<
  ResolvedSettlementOptions,
  'payCommissionRates' | 'sellingInterlockCommissionRate' | 'rounding'
>

/** The part of a line paid with one payment means, and the Npay commission on it (negative for a sale). */
export interface MeansShare {
  payMeansType: PayMeansType
  amount: number
  rate: number
  commission: number
}

/** The money of one settle/case line: signed amounts, commissions negative for a sale. */
export interface LineMoney {
  /** `paySettleAmount`: what the buyer paid for this part. */
  amount: number
  /** `amount` split by payment means; every means with money in it, in the order's field order. */
  payments: MeansShare[]
  payCommission: number
  interlockRate: number
  interlockCommission: number
  /** `benefitSettleAmount`: the Naver-borne share of coupons, which Naver pays the merchant on top. */
  benefit: number
}

export type Money = Record<LineType, LineMoney>

/** The order fields that say how its payment divides among means. */
export type PaymentSplit = Pick<
  Order,
  | 'paymentMeans'
  | 'generalPaymentAmount'
  | 'naverMileagePaymentAmount'
  | 'chargeAmountPaymentAmount'
  | 'checkoutAccumulationPaymentAmount'
  | 'payLaterPaymentAmount'
>

/** A copy of the split, which a settled product order keeps so later order edits cannot move its lines. */
export function paymentSplitOf(order: Readonly<PaymentSplit>): PaymentSplit {
  const split: PaymentSplit = {}
  for (const key of SPLIT_KEYS) if (order[key] !== undefined) Object.assign(split, { [key]: order[key] })
  return split
}

const SPLIT_KEYS = [
  'paymentMeans',
  'generalPaymentAmount',
  'naverMileagePaymentAmount',
  'chargeAmountPaymentAmount',
  'checkoutAccumulationPaymentAmount',
  'payLaterPaymentAmount',
] as const

/**
 * The part of `amount` that `remain` of `initial` units carry, rounded down to the won (as the order's
 * remain* amounts are).
 */
function remainShare(amount: number | undefined, remain: number, initial: number): number {
  if (!amount || remain <= 0 || initial <= 0) return 0
  if (remain >= initial) return amount
  return Math.floor((amount * remain) / initial)
}

const quantities = (po: Readonly<ProductOrder>) => {
  const initial = po.initialQuantity ?? po.quantity ?? 1
  return { initial, remain: po.remainQuantity ?? initial }
}

/**
 * What the buyer still pays for the product order, split into product part and delivery fee: the fee
 * (less its discount) while any quantity remains, the rest product. The payment already has the line's
 * share of the order discount (sellerBurdenStoreDiscountAmount) off.
 */
export function positionOf(po: Readonly<ProductOrder>): { product: number; delivery: number } {
  const { remain } = quantities(po)
  const payment = Math.max(0, po.remainPaymentAmount ?? po.totalPaymentAmount ?? 0)
  const fee = remain > 0 ? Math.max(0, (po.deliveryFeeAmount ?? 0) - (po.deliveryDiscountAmount ?? 0)) : 0
  const delivery = Math.min(payment, fee)
  return { product: payment - delivery, delivery }
}

/**
 * [INF] How the order's payment divides among means: the general means (the order's `paymentMeans`),
 * Npay points and money (`naverMileagePaymentAmount`, `chargeAmountPaymentAmount` → NCASH), legacy
 * accumulation (CHKAC) and pay-later (PAYLATER). These are order totals, used as weights.
 */
export function meansWeights(order: Readonly<PaymentSplit>): [PayMeansType, number][] {
  const main = payMeansTypeOf(order.paymentMeans)
  const parts: [PayMeansType, number | undefined][] = [
    [main, order.generalPaymentAmount],
    ['PAYMEANS_TYPE_NCASH', order.naverMileagePaymentAmount],
    ['PAYMEANS_TYPE_NCASH', order.chargeAmountPaymentAmount],
    ['PAYMEANS_TYPE_CHKAC', order.checkoutAccumulationPaymentAmount],
    ['PAYMEANS_TYPE_PAYLATER', order.payLaterPaymentAmount],
  ]
  const weights = new Map<PayMeansType, number>()
  for (const [means, value] of parts)
    if (typeof value === 'number' && Number.isFinite(value) && value > 0)
      weights.set(means, (weights.get(means) ?? 0) + value)
  return weights.size ? [...weights] : [[main, 1]]
}

/**
 * `amount` (whole won, ≥ 0) split in proportion to `weights`, largest remainders first, so the parts
 * are whole won and add up to `amount` exactly.
 * @example allocate(1_000, [['PAYMEANS_TYPE_CCARD', 2], ['PAYMEANS_TYPE_NCASH', 1]]) // [[…CCARD, 667], [NCASH, 333]]
 */
export function allocate(amount: number, weights: [PayMeansType, number][]): [PayMeansType, number][] {
  const total = weights.reduce((s, [, w]) => s + w, 0)
  const exact = weights.map(([m, w]) => [m, (amount * w) / total] as const)
  const parts = exact.map(([m, x]) => [m, Math.floor(x)] as [PayMeansType, number])
  let left = amount - parts.reduce((s, [, x]) => s + x, 0)
  const byRemainder = exact.map(([, x], i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of byRemainder) {
    if (left <= 0) break
    parts[i]![1] += 1
    left -= 1
  }
  return parts
}

/**
 * [INF] The Naver-borne part of the product discounts at order time: the discount less the seller's
 * parts (immediate, coupon, multiple-purchase) where the order carries them; on records that only list
 * coupons, each coupon's discount × `naverBurdenRatio` %. Whatever the seller bears only lowers the payment.
 */
function naverBorneDiscount(po: Readonly<ProductOrder>): number {
  const discount = po.initialProductDiscountAmount ?? po.productDiscountAmount ?? 0
  const seller = [
    po.initialSellerBurdenImmediateDiscountAmount ?? po.sellerBurdenImediateDiscountAmount,
    po.initialSellerBurdenProductDiscountAmount ?? po.sellerBurdenProductDiscountAmount,
  ]
  if (discount > 0 && seller.some((v) => v !== undefined)) {
    const sellers = (seller[0] ?? 0) + (seller[1] ?? 0) + (po.sellerBurdenMultiplePurchaseDiscountAmount ?? 0)
    return Math.max(0, discount - sellers)
  }
  let naver = 0
  for (const coupon of po.appliedCoupons ?? []) {
    const amount = coupon?.couponDiscountAmount ?? 0
    const ratio = coupon?.naverBurdenRatio ?? 0
    if (amount > 0 && ratio > 0) naver += Math.round((amount * Math.min(ratio, 100)) / 100)
  }
  return naver
}

/**
 * The benefit (혜택 정산) still owed for the remaining quantity: Naver pays the merchant the part of the
 * discounts it bears, on top of what the buyer paid.
 */
export function benefitOf(po: Readonly<ProductOrder>): number {
  const { initial, remain } = quantities(po)
  return remainShare(naverBorneDiscount(po), remain, initial)
}

function lineMoney(
  amount: number,
  weights: [PayMeansType, number][],
  interlockRate: number,
  benefit: number,
  config: CommissionConfig,
): LineMoney {
  const payments = allocate(amount, weights)
    .filter(([, share]) => share !== 0)
    .map(([payMeansType, share]) => {
      const rate = config.payCommissionRates[payMeansType]
      return { payMeansType, amount: share, rate, commission: commissionOf(share, rate, config.rounding) }
    })
  return {
    amount,
    payments,
    payCommission: payments.reduce((s, p) => s + p.commission, 0),
    interlockRate,
    interlockCommission: commissionOf(amount, interlockRate, config.rounding),
    benefit,
  }
}

/**
 * The settlement value of a product order's remaining payment.
 * @example settlementOf(record.productOrder, order, ledger.config).PROD_ORDER.payCommission // -762
 */
export function settlementOf(
  po: Readonly<ProductOrder>,
  order: Readonly<PaymentSplit>,
  config: CommissionConfig,
): Money {
  const { product, delivery } = positionOf(po)
  const weights = meansWeights(order)
  return {
    PROD_ORDER: lineMoney(product, weights, config.sellingInterlockCommissionRate, benefitOf(po), config),
    DELIVERY: lineMoney(delivery, weights, 0, 0, config),
  }
}

/** Nothing: the position of a product order before it settles. */
export function noMoney(): LineMoney {
  return { amount: 0, payments: [], payCommission: 0, interlockRate: 0, interlockCommission: 0, benefit: 0 }
}

/** `a + b`, means by means (means whose amount and commission cancel out are dropped). */
export function add(a: LineMoney, b: LineMoney): LineMoney {
  const means = [...new Set([...a.payments, ...b.payments].map((p) => p.payMeansType))]
  const payments = means
    .map((payMeansType) => {
      const x = a.payments.find((p) => p.payMeansType === payMeansType)
      const y = b.payments.find((p) => p.payMeansType === payMeansType)
      return {
        payMeansType,
        amount: (x?.amount ?? 0) + (y?.amount ?? 0),
        rate: x?.rate ?? y?.rate ?? 0,
        commission: (x?.commission ?? 0) + (y?.commission ?? 0),
      }
    })
    .filter((p) => p.amount !== 0 || p.commission !== 0)
  return {
    amount: a.amount + b.amount,
    payments,
    payCommission: a.payCommission + b.payCommission,
    interlockRate: a.interlockRate || b.interlockRate,
    interlockCommission: a.interlockCommission + b.interlockCommission,
    benefit: a.benefit + b.benefit,
  }
}

const negate = (m: LineMoney): LineMoney => ({
  ...m,
  amount: -m.amount,
  payments: m.payments.map((p) => ({ ...p, amount: -p.amount, commission: -p.commission })),
  payCommission: -m.payCommission,
  interlockCommission: -m.interlockCommission,
  benefit: -m.benefit,
})

/**
 * `to − from`: the line that moves a settled position `from` to `to`. Commissions are differences of
 * rounded totals, so the lines of a product order always add up to its current value to the won.
 */
export const difference = (to: LineMoney, from: LineMoney): LineMoney => add(to, negate(from))

/** The sum of several lines' money (a settled position from its lines). */
export const total = (lines: readonly LineMoney[]): LineMoney => lines.reduce(add, noMoney())

/** Whether a line of this money would move anything. */
export const isEmpty = (m: LineMoney) =>
  m.amount === 0 && m.payCommission === 0 && m.interlockCommission === 0 && m.benefit === 0
