/** Builds the product-order detail of facts §8 from a stored record; absent blocks are omitted. */
import type { Schemas } from '@npay-sandbox/schema'
import type { ClaimBlock, ReadonlyOrderRecord, ReadonlyProductOrderRecord } from '../records.ts'
import { productOrderView } from './product-order-view.ts'

export type ProductOrderDetail = Schemas['ProductOrderDetail']

function blockKey(claimType: string | undefined): 'cancel' | 'return' | 'exchange' | undefined {
  if (claimType === 'CANCEL' || claimType === 'ADMIN_CANCEL') return 'cancel'
  if (claimType === 'RETURN') return 'return'
  if (claimType === 'EXCHANGE') return 'exchange'
  return undefined
}

/**
 * The detail shares the stored blocks (no copy per query, except a productOrder a view changes, see
 * product-order-view.ts); it is made to be serialised, not changed. `legacyQuantities` is the view of a
 * query without `quantityClaimCompatibility: true`; the control plane shows the stored product order.
 * @example JSON.stringify(buildDetail(tenant.productOrder(id)!, tenant.order(orderId)!, options))
 */
export function buildDetail(
  record: ReadonlyProductOrderRecord,
  order: ReadonlyOrderRecord,
  options: { deprecatedClaimBlocks: boolean; legacyQuantities?: boolean },
): ProductOrderDetail {
  const detail: ProductOrderDetail = {
    order: order.order as ProductOrderDetail['order'],
    productOrder: productOrderView(record.productOrder, {
      legacyQuantities: options.legacyQuantities === true,
    }) as ProductOrderDetail['productOrder'],
  }
  if (record.delivery) detail.delivery = record.delivery as ProductOrderDetail['delivery']
  const key = blockKey(record.productOrder.claimType)
  if (record.claim && key) {
    const claim = record.claim as ClaimBlock as never
    if (options.deprecatedClaimBlocks) detail[key] = claim
    detail.currentClaim = { [key]: claim }
  }
  if (record.beforeExchange) detail.beforeClaim = { exchange: record.beforeExchange as never }
  if (record.completedClaims.length > 0)
    detail.completedClaims = record.completedClaims as ProductOrderDetail['completedClaims']
  return detail
}
