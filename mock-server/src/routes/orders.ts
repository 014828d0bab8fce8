/**
 * The order-management operations (facts §7): the mall's 20 at `/v1/pay-order/mall/...`, and at
 * `/v1/pay-order/seller/...` the Commerce API's, its seller-only hope-delivery change among them.
 */
import {
  act,
  confirm,
  dispatch,
  type Engine,
  lastChangedStatuses,
  productOrderIds,
  queryProductOrders,
  reviews,
  searchProductOrders,
} from '@npay-sandbox/engine'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import type { ApiHandlers, ApiInput } from '../registry/index.ts'
import { orderEnvelope } from '../respond.ts'

/** The single-item actions that `act` performs (delay and the claim actions). */
type ItemAction =
  | 'delayDispatch'
  | 'requestCancel'
  | 'approveCancel'
  | 'requestReturn'
  | 'approveReturn'
  | 'rejectReturn'
  | 'holdbackReturn'
  | 'releaseReturnHoldback'
  | 'completeExchangeCollect'
  | 'redeliverExchange'
  | 'rejectExchange'
  | 'holdbackExchange'
  | 'releaseExchangeHoldback'
  | 'changeHopeDelivery'

/**
 * Handlers of the order operations by operationId; requests arrive validated and authenticated.
 * @example mountApi(app, engine, { ...orderHandlers(engine), … }, gateway)
 */
export function orderHandlers(engine: Engine) {
  const options = () => ({
    deprecatedClaimBlocks: engine.options.deprecatedClaimBlocks,
    emptyLastChanged: engine.options.emptyLastChanged,
  })
  const owner = engine.ownerOfProductOrder
  const item =
    (action: ItemAction) =>
    ({ tenant, path, body }: ApiInput<ItemAction>, c: Context<AppEnv>) =>
      orderEnvelope(c, act(tenant, action, path.productOrderId, body ?? {}, owner))

  return {
    getLastChangedStatuses: ({ tenant, query }, c) =>
      orderEnvelope(c, lastChangedStatuses(tenant, query, options())),
    queryProductOrders: ({ tenant, body }, c) =>
      orderEnvelope(
        c,
        queryProductOrders(tenant, body.productOrderIds, {
          ...options(),
          quantityClaimCompatibility: body.quantityClaimCompatibility,
        }),
      ),
    getProductOrderIds: ({ tenant, path }, c) =>
      orderEnvelope(c, productOrderIds(tenant, path.orderId, engine.ownerOfOrder)),
    searchProductOrders: ({ tenant, query }, c) =>
      orderEnvelope(c, searchProductOrders(tenant, query, options())),
    confirmProductOrders: ({ tenant, body }, c) =>
      orderEnvelope(c, confirm(tenant, body.productOrderIds, owner)),
    dispatchProductOrders: ({ tenant, body }, c) =>
      orderEnvelope(c, dispatch(tenant, body.dispatchProductOrders, owner, engine.usedTrackingNumbers)),
    delayDispatch: item('delayDispatch'),
    requestCancel: item('requestCancel'),
    approveCancel: item('approveCancel'),
    requestReturn: item('requestReturn'),
    approveReturn: item('approveReturn'),
    rejectReturn: item('rejectReturn'),
    holdbackReturn: item('holdbackReturn'),
    releaseReturnHoldback: item('releaseReturnHoldback'),
    completeExchangeCollect: item('completeExchangeCollect'),
    redeliverExchange: item('redeliverExchange'),
    rejectExchange: item('rejectExchange'),
    holdbackExchange: item('holdbackExchange'),
    releaseExchangeHoldback: item('releaseExchangeHoldback'),
    changeHopeDelivery: item('changeHopeDelivery'),
    getReviews: ({ tenant, query }, c) => orderEnvelope(c, reviews(tenant, query)),
  } satisfies ApiHandlers
}
