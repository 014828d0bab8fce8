import type { Schemas } from '../../../schema/src/index.js'
import type { Tenant } from '../tenant.js'
import { type ProductOrderDetail } from './detail.js'

type Options = {
  deprecatedClaimBlocks: boolean
  emptyLastChanged: 'omit-data' | 'empty-list'
}
/** Parses a date-time parameter or fails with 400 4000 naming it. */
export declare function dateParam(name: string, value: string): number
export declare function lastChangedStatuses(
  tenant: Tenant,
  q: {
    lastChangedFrom: string
    lastChangedTo?: string
    lastChangedType?: Schemas['LastChangedType']
    moreSequence?: string
    limitCount?: number
  },
  options: Options,
): Schemas['LastChangedStatusesData'] | undefined
/** Details in the requested order; unknown and foreign ids are left out (facts §7.2 [INF]). */
export declare function queryProductOrders(
  tenant: Tenant,
  ids: readonly string[],
  options: Options,
): ProductOrderDetail[]
export declare function productOrderIds(
  tenant: Tenant,
  orderId: string,
  ownerOf: (orderId: string) => Tenant | undefined,
): string[]
export declare function searchProductOrders(
  tenant: Tenant,
  q: {
    from: string
    to?: string
    rangeType?: Schemas['RangeType']
    productOrderStatuses?: Schemas['ProductOrderStatus'][]
    claimStatuses?: Schemas['ClaimStatus'][]
    placeOrderStatusType?: Schemas['PlaceOrderStatus']
    fulfillment?: boolean
    pageSize?: number
    page?: number
  },
  options: Options,
): Schemas['SearchProductOrdersData']
