/** The key under which a tenant keeps its mutable records (a module of its own so the ledger can use it). */
import type { ProductOrderMap } from './product-order-map.ts'
import type { OrderRecord, StoredReview } from './records.ts'

/**
 * Engine-internal key of a tenant's mutable records. index.ts does not export it, so only engine modules
 * reach the maps; everything else reads through `order`, `productOrder`, `productOrderRecords`, `counts`.
 */
export const RECORDS: unique symbol = Symbol('tenant records')

/** What a tenant stores, reachable as `tenant[RECORDS]` inside the engine only. */
export interface TenantRecords {
  readonly orders: Map<string, OrderRecord>
  readonly productOrders: ProductOrderMap
  readonly reviews: StoredReview[]
}
