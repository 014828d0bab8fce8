/**
 * Settlement lines: what the ledger stores, one per settle/case row. Commission-details, VAT and the
 * daily aggregates are views of these lines, so every number the five endpoints show has one origin.
 */
import { formatKstDate } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import type { Order, ProductOrderRecord } from '../records.ts'
import type { LineMoney, LineType, MeansShare } from './money.ts'
import type { PayMeansType } from './options.ts'
import { payMeansTypeOf } from './pay-means.ts'

export { commissionOf, type LineType } from './money.ts'
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
  /** The order's general payment means (`payments` has every means of the line). */
  payMeansType: PayMeansType
  taxType: 'TAXATION' | 'TAX_EXEMPTION' | 'TAX_FREE'
  paySettleAmount: number
  /** `paySettleAmount` by payment means with the Npay commission of each (the commission-details rows). */
  payments: MeansShare[]
  /** Rates in force when the line was written, so later configuration never rewrites history. */
  payCommissionRate: number
  interlockCommissionRate: number
  /** Deductions are negative, refunded commissions of a reversal positive. */
  payCommission: number
  interlockCommission: number
  /** `paySettleAmount` + both commissions (the benefit is paid apart, see `benefit`). */
  settleExpectAmount: number
  /** Naver-borne benefit (혜택 정산) that goes with this line; negative on a reversal. */
  benefit: number
  /** `seq` of the original line a NORMAL_SETTLE_AFTER_CANCEL line reverses. */
  reverses?: number
}

export interface LineInput {
  record: ProductOrderRecord
  order: Order
  type: LineType
  settleType: LineSettleType
  money: LineMoney
  basisDate: string | null
  expectDate: string | null
}

/** A line without its ledger identity (`seq`, `lineId`, `reverses`). */
export function buildLine(input: LineInput): Omit<CaseLine, 'seq' | 'lineId'> {
  const { record, order, type, money } = input
  const po = record.productOrder
  const payMeansType = payMeansTypeOf(order.paymentMeans)
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
    paySettleAmount: money.amount,
    payments: money.payments,
    payCommissionRate:
      money.payments.find((p) => p.payMeansType === payMeansType)?.rate ?? money.payments[0]?.rate ?? 0,
    interlockCommissionRate: money.interlockRate,
    payCommission: money.payCommission,
    interlockCommission: money.interlockCommission,
    settleExpectAmount: money.amount + money.payCommission + money.interlockCommission,
    benefit: money.benefit,
  }
}
