/**
 * What a quantity claim (a partial or full cancel or return) does to a product order's remaining
 * quantity and amounts.
 */
import type { ProductOrderRecord } from '../records.ts'

/** Cancels or returns `quantity` units: remaining quantity and amounts shrink in proportion. */
export function reduceQuantity(record: ProductOrderRecord, quantity: number) {
  const po = record.productOrder
  const initial = po.initialQuantity ?? po.quantity ?? 1
  const remain = Math.max(0, (po.remainQuantity ?? initial) - quantity)
  const share = (amount: number | undefined) => Math.round(((amount ?? 0) * remain) / initial)
  po.remainQuantity = remain
  po.remainProductAmount = share(po.initialProductAmount)
  po.remainProductDiscountAmount = share(po.initialProductDiscountAmount)
  const delivery = remain > 0 ? (po.deliveryFeeAmount ?? 0) : 0
  po.remainPaymentAmount = po.remainProductAmount - po.remainProductDiscountAmount + delivery
  if (remain > 0) po.quantity = remain
}

