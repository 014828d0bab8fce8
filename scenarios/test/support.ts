/** Test helpers: the in-process app of mock-server, and reading product orders through the query API. */
import { type Engine, queryProductOrders } from '@npay-sandbox/engine'
import { appFetch } from '../../mock-server/src/app-fetch.ts'
import { inProcessTarget } from '../src/index.ts'

/** The target `npay-sandbox run` uses by default: a fresh app per scenario file. */
export const target = () => inProcessTarget(appFetch)

/** Product-order details as `product-orders/query` returns them. */
export function details(engine: Engine, ids: readonly string[], clientId?: string) {
  return queryProductOrders(engine.tenant(clientId), ids, {
    deprecatedClaimBlocks: false,
    emptyLastChanged: 'omit-data',
  })
}

/** The state tuple of a detail, with holdback read from the current claim. */
export function stateOf(detail: ReturnType<typeof details>[number]) {
  const po = detail.productOrder!
  const claim = detail.currentClaim?.return ?? detail.currentClaim?.exchange
  return {
    productOrderStatus: po.productOrderStatus,
    placeOrderStatus: po.placeOrderStatus,
    claimType: po.claimType,
    claimStatus: po.claimStatus,
    holdbackStatus: claim?.holdbackStatus,
  }
}
