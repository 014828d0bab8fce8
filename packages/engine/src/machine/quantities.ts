/**
 * What a quantity claim (a partial or full cancel or return) does to a product order: the remaining
 * quantity and the remain* amounts shrink; `quantity` and the total/initial amounts stay what was
 * ordered (the docs define quantity as 최초 수량 and totalPaymentAmount as 최초 결제 금액).
 */
import { remainAmounts, writeRemainders } from '../orders/remain.ts'
import type { ProductOrderRecord } from '../records.ts'

/** Cancels or returns `quantity` more units of the product order. */
export function reduceQuantity(record: ProductOrderRecord, quantity: number) {
  const po = record.productOrder
  const initial = po.initialQuantity ?? po.quantity ?? 1
  const remain = Math.max(0, (po.remainQuantity ?? initial) - quantity)
  po.remainQuantity = remain
  writeRemainders(po, po, remainAmounts(po, remain), 'stored')
}
