/**
 * The productOrder block as a query shows it. Stored product orders follow the documented semantics
 * (quantity and the total* amounts are what was ordered, remain* what is left). Two views differ:
 *
 * - Without `quantityClaimCompatibility: true` (the caller has not adapted to 수량 클레임), a product order
 *   of which some but not all units were claimed shows the units and amounts still held in quantity and
 *   the total* / discount fields, as the API did before quantity claims; a fully claimed one shows what was
 *   ordered, as a claim of the whole product order did then. initial* and remain* are the same in both views.
 * - individualCustomUniqueCode is not shown once the trade is over (구매 확정, 교환, 반품, 취소, 미결제 취소),
 *   as its definition says.
 */

import { remainAmounts, writeRemainders } from '../orders/remain.ts'
import type { ProductOrder, ReadonlyProductOrderRecord } from '../records.ts'

const TRADE_OVER: ReadonlySet<string> = new Set([
  'PURCHASE_DECIDED',
  'EXCHANGED',
  'RETURNED',
  'CANCELED',
  'CANCELED_BY_NOPAYMENT',
])

/**
 * The productOrder block to show; the stored object itself when no view changes it (no copy per query).
 * @example productOrderView(record.productOrder, { legacyQuantities: true })
 */
export function productOrderView(
  po: ReadonlyProductOrderRecord['productOrder'],
  options: { legacyQuantities: boolean },
): ProductOrder {
  const stored = po as ProductOrder
  const initial = po.initialQuantity ?? po.quantity ?? 1
  const remain = po.remainQuantity ?? initial
  const legacy = options.legacyQuantities && remain > 0 && remain < initial
  const hideCustoms =
    po.individualCustomUniqueCode !== undefined && TRADE_OVER.has(po.productOrderStatus ?? '')
  if (!legacy && !hideCustoms) return stored
  const { individualCustomUniqueCode, ...rest } = stored
  const view: ProductOrder = hideCustoms ? rest : { ...rest, individualCustomUniqueCode }
  if (legacy) {
    const r = remainAmounts(stored, remain)
    view.quantity = remain
    writeRemainders(view, stored, r, 'total')
    if (po.sellerBurdenDiscountAmount !== undefined) {
      view.sellerBurdenDiscountAmount =
        r.remainSellerBurdenImmediateDiscountAmount +
        r.remainSellerBurdenProductDiscountAmount +
        r.remainSellerBurdenMultiplePurchaseDiscountAmount +
        (po.sellerBurdenStoreDiscountAmount ?? 0)
    }
  }
  return view
}
