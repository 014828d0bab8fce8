/** The 20 order-management operations at `{base}/v1/pay-order/mall/...` (facts §7). */
import {
  act,
  confirm,
  dispatch,
  type Engine,
  lastChangedStatuses,
  type MerchantAction,
  productOrderIds,
  queryProductOrders,
  reviews,
  searchProductOrders,
} from '@npay-sandbox/engine'
import type { Schemas } from '@npay-sandbox/schema'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { orderEnvelope } from '../respond.ts'
import type { ValidatedRequest } from '../validation/validator.ts'

export type OperationHandler = (c: Context<AppEnv>, req: ValidatedRequest) => Response | Promise<Response>

type Q = Record<string, never>

/** Handlers of the order operations by operationId; requests arrive validated and authenticated. */
export function orderHandlers(engine: Engine): Record<string, OperationHandler> {
  const options = () => ({
    deprecatedClaimBlocks: engine.options.deprecatedClaimBlocks,
    emptyLastChanged: engine.options.emptyLastChanged,
  })
  const owner = engine.ownerOfProductOrder
  const claim =
    (action: Exclude<MerchantAction, 'confirmProductOrders' | 'dispatchProductOrders'>): OperationHandler =>
    (c, req) =>
      orderEnvelope(
        c,
        act(
          c.get('tenant')!,
          action,
          req.path.productOrderId!,
          (req.body ?? {}) as Record<string, unknown>,
          owner,
        ),
      )

  return {
    getLastChangedStatuses: (c, req) =>
      orderEnvelope(
        c,
        lastChangedStatuses(c.get('tenant')!, req.query as Q & { lastChangedFrom: string }, options()),
      ),
    queryProductOrders: (c, req) =>
      orderEnvelope(
        c,
        queryProductOrders(
          c.get('tenant')!,
          (req.body as Schemas['QueryProductOrdersRequest']).productOrderIds,
          options(),
        ),
      ),
    getProductOrderIds: (c, req) =>
      orderEnvelope(c, productOrderIds(c.get('tenant')!, req.path.orderId!, engine.ownerOfOrder)),
    searchProductOrders: (c, req) =>
      orderEnvelope(
        c,
        searchProductOrders(
          c.get('tenant')!,
          req.query as Q & { from: string; rangeType: Schemas['RangeType'] },
          options(),
        ),
      ),
    confirmProductOrders: (c, req) =>
      orderEnvelope(
        c,
        confirm(
          c.get('tenant')!,
          (req.body as Schemas['ConfirmProductOrdersRequest']).productOrderIds,
          owner,
        ),
      ),
    dispatchProductOrders: (c, req) =>
      orderEnvelope(
        c,
        dispatch(
          c.get('tenant')!,
          (req.body as Schemas['DispatchProductOrdersRequest']).dispatchProductOrders,
          owner,
          engine.usedTrackingNumbers,
        ),
      ),
    delayDispatch: claim('delayDispatch'),
    requestCancel: claim('requestCancel'),
    approveCancel: claim('approveCancel'),
    requestReturn: claim('requestReturn'),
    approveReturn: claim('approveReturn'),
    rejectReturn: claim('rejectReturn'),
    holdbackReturn: claim('holdbackReturn'),
    releaseReturnHoldback: claim('releaseReturnHoldback'),
    completeExchangeCollect: claim('completeExchangeCollect'),
    redeliverExchange: claim('redeliverExchange'),
    rejectExchange: claim('rejectExchange'),
    holdbackExchange: claim('holdbackExchange'),
    releaseExchangeHoldback: claim('releaseExchangeHoldback'),
    getReviews: (c, req) => orderEnvelope(c, reviews(c.get('tenant')!, req.query)),
  }
}
