import type { Schemas } from '../../../schema/src/index.js'
import type { Order, ProductOrderRecord } from '../records.js'
import type { CommissionRounding, PayMeansType, ResolvedSettlementOptions } from './options.js'
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
export declare function targetOf(record: ProductOrderRecord): Position
/**
 * A commission on `basis` as the signed amount the merchant is charged: basis × rate made whole won
 * by `rounding` on the magnitude, negative for a sale and positive for a reversal.
 * @example commissionOf(21_000, 0.0363, 'round') // -762
 */
export declare function commissionOf(basis: number, rate: number, rounding: CommissionRounding): number
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
export declare function buildLine(input: LineInput): Omit<CaseLine, 'seq' | 'lineId'>
