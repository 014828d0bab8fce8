/** Builds the product-order detail of facts §8 from a stored record; absent blocks are omitted. */
import type { Schemas } from '@npay-sandbox/schema'
import type { ClaimBlock, OrderRecord, ProductOrderRecord } from '../records.ts'

export type ProductOrderDetail = Schemas['ProductOrderDetail']

function blockKey(claimType: string | undefined): 'cancel' | 'return' | 'exchange' | undefined {
  if (claimType === 'CANCEL' || claimType === 'ADMIN_CANCEL') return 'cancel'
  if (claimType === 'RETURN') return 'return'
  if (claimType === 'EXCHANGE') return 'exchange'
  return undefined
}

export function buildDetail(
  record: ProductOrderRecord,
  order: OrderRecord,
  options: { deprecatedClaimBlocks: boolean },
): ProductOrderDetail {
  const detail: ProductOrderDetail = {
    order: order.order,
    productOrder: record.productOrder,
  }
  if (record.delivery) detail.delivery = record.delivery
  const key = blockKey(record.productOrder.claimType)
  if (record.claim && key) {
    const claim = record.claim as ClaimBlock as never
    if (options.deprecatedClaimBlocks) detail[key] = claim
    detail.currentClaim = { [key]: claim }
  }
  if (record.beforeExchange) detail.beforeClaim = { exchange: record.beforeExchange as never }
  if (record.completedClaims.length > 0) detail.completedClaims = record.completedClaims
  return detail
}
