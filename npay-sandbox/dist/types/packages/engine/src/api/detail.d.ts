/** Builds the product-order detail of facts §8 from a stored record; absent blocks are omitted. */
import type { Schemas } from '../../../schema/src/index.js'
import type { OrderRecord, ProductOrderRecord } from '../records.js'
export type ProductOrderDetail = Schemas['ProductOrderDetail']
export declare function buildDetail(
  record: ProductOrderRecord,
  order: OrderRecord,
  options: {
    deprecatedClaimBlocks: boolean
  },
): ProductOrderDetail
