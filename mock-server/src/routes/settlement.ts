/**
 * The five settlement operations at `{base}/v1/pay-settle-mall/...` (facts §11). Their success bodies
 * are the bare `{elements, pagination}` with no order-API wrapper [DOC]; requests arrive validated and
 * authenticated, and the engine adds the rules no schema states (VAT month limit, date order).
 */
import { commissionDetails, settleCases, settleDaily, vatCases, vatDaily } from '@npay-sandbox/engine'
import type { ApiHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/**
 * Handlers of the settlement operations by operationId.
 * @example mountApi(app, engine, { ...orderHandlers(engine), ...settlementHandlers() }, gateway)
 */
export function settlementHandlers() {
  return {
    getSettleCases: ({ tenant, query }, c) => json(c, settleCases(tenant, query), 200),
    getCommissionDetails: ({ tenant, query }, c) => json(c, commissionDetails(tenant, query), 200),
    getSettleDaily: ({ tenant, query }, c) => json(c, settleDaily(tenant, query), 200),
    getVatCases: ({ tenant, query }, c) => json(c, vatCases(tenant, query), 200),
    getVatDaily: ({ tenant, query }, c) => json(c, vatDaily(tenant, query), 200),
  } satisfies ApiHandlers
}
