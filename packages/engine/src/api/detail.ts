/** Builds the product-order detail of facts §8 from a stored record; absent blocks are omitted. */
import type { Schemas } from '@npay-sandbox/schema'
import type { ClaimBlock, ReadonlyOrderRecord, ReadonlyProductOrderRecord } from '../records.ts'

export type ProductOrderDetail = Schemas['ProductOrderDetail']

function blockKey(claimType: string | undefined): 'cancel' | 'return' | 'exchange' | undefined {
  if (claimType === 'CANCEL' || claimType === 'ADMIN_CANCEL') return 'cancel'
  if (claimType === 'RETURN') return 'return'
  if (claimType === 'EXCHANGE') return 'exchange'
  return undefined
}

/**
 * The detail shares the stored blocks (no copy per query); it is made to be serialised, not changed.
 * @example JSON.stringify(buildDetail(tenant.productOrder(id)!, tenant.order(orderId)!, options))
 */
export function buildDetail(
  record: ReadonlyProductOrderRecord,
  order: ReadonlyOrderRecord,
  options: { deprecatedClaimBlocks: boolean },
): ProductOrderDetail {
  const detail: ProductOrderDetail = {
    order: order.order as ProductOrderDetail['order'],
    productOrder: record.productOrder as ProductOrderDetail['productOrder'],
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
