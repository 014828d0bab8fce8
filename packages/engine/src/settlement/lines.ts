/**
 * Settlement lines: what the ledger stores, one per settle/case row. Commission-details, VAT and the
 * daily aggregates are views of these lines, so every number the five endpoints show has one origin.
 */
import { formatKstDate } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import type { Order, ProductOrderRecord } from '../records.ts'
import type { CommissionRounding, PayMeansType, ResolvedSettlementOptions } from './options.ts'
import { payMeansTypeOf } from './pay-means.ts'

export type LineType = 'PROD_ORDER' | 'DELIVERY'
export type LineSettleType = Extract<
  Schemas['SettleType'],
  'NORMAL_SETTLE_ORIGINAL' | 'NORMAL_SETTLE_AFTER_CANCEL' | 'NORMAL_SETTLE_BEFORE_CANCEL'
>

export interface CaseLine {
  /** Append order in the ledger; -1 for a projection of a line that does not exist yet. */
  seq: number
  /** The product order the line comes from (also for its delivery-fee lines). */
  productOrderId: string
  /** `productOrderId` on the wire: the product order, or the delivery-fee number of a DELIVERY line. */
  lineId: string
  orderId: string
  productOrderType: LineType
  settleType: LineSettleType
  basisDate: string | null
  expectDate: string | null
  payDate: string | null
  productId: string | null
  productName: string | null
  purchaserName: string | null
  payMeansType: PayMeansType
  taxType: 'TAXATION' | 'TAX_EXEMPTION' | 'TAX_FREE'
  paySettleAmount: number
  /** Rates in force when the line was written, so later configuration never rewrites history. */
  payCommissionRate: number
  interlockCommissionRate: number
  /** Deductions are negative, refunded commissions of a reversal positive. */
  payCommission: number
  interlockCommission: number
  settleExpectAmount: number
  /** `seq` of the original line a NORMAL_SETTLE_AFTER_CANCEL line reverses. */
  reverses?: number
}

/** What a product order still owes the merchant, split the way settle/case splits it. */
export interface Position {
  product: number
  delivery: number
}

/** The product order's current remaining amounts (they shrink on every completed cancel or return). */
export function targetOf(record: ProductOrderRecord): Position {
  const po = record.productOrder
  const product = (po.remainProductAmount ?? 0) - (po.remainProductDiscountAmount ?? 0)
  return { product, delivery: (po.remainPaymentAmount ?? 0) - product }
}

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

export interface LineInput {
  record: ProductOrderRecord
  order: Order
  type: LineType
  settleType: LineSettleType
  amount: number
  basisDate: string | null
  expectDate: string | null
  config: ResolvedSettlementOptions
}

/** A line without its ledger identity (`seq`, `lineId`, `reverses`). */
export function buildLine(input: LineInput): Omit<CaseLine, 'seq' | 'lineId'> {
  const { record, order, type, amount, config } = input
  const po = record.productOrder
  const payMeansType = payMeansTypeOf(order.paymentMeans)
  const payCommissionRate = config.payCommissionRates[payMeansType]
  const interlockCommissionRate = type === 'PROD_ORDER' ? config.sellingInterlockCommissionRate : 0
  const payCommission = commissionOf(amount, payCommissionRate, config.rounding)
  const interlockCommission = commissionOf(amount, interlockCommissionRate, config.rounding)
  return {
    productOrderId: record.productOrderId,
    orderId: record.orderId,
    productOrderType: type,
    settleType: input.settleType,
    basisDate: input.basisDate,
    expectDate: input.expectDate,
    payDate: record.times.payed === undefined ? null : formatKstDate(record.times.payed),
    productId: po.productId ?? null,
    productName: po.productName ?? null,
    purchaserName: order.ordererName ?? null,
    payMeansType,
    taxType: po.taxType ?? 'TAXATION',
    paySettleAmount: amount,
    payCommissionRate,
    interlockCommissionRate,
    payCommission,
    interlockCommission,
    // benefitSettleAmount is always 0 per case [OBS], so it has no term here.
    settleExpectAmount: amount + payCommission + interlockCommission,
  }
}
