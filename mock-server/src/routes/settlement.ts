/**
 * The five settlement operations at `{base}/v1/pay-settle-mall/...` (facts §11). Their success bodies
 * are the bare `{elements, pagination}` with no order-API wrapper [DOC]; requests arrive validated and
 * authenticated, and the engine adds the rules no schema states (VAT month limit, date order).
 */
import {
  commissionDetails,
  type DateRangeQuery,
  type Engine,
  type SettleCaseQuery,
  settleCases,
  settleDaily,
  vatCases,
  vatDaily,
} from '@npay-sandbox/engine'
import { json } from '../respond.ts'
import type { OperationHandler } from './orders.ts'

type CaseQuery = Partial<SettleCaseQuery>
type RangeQuery = Partial<DateRangeQuery>

/**
 * Handlers of the settlement operations by operationId.
 * @example const handlers = { ...orderHandlers(engine), ...settlementHandlers(engine) }
 */
export function settlementHandlers(_engine: Engine): Record<string, OperationHandler> {
  return {
    getSettleCases: (c, req) => json(c, settleCases(c.get('tenant')!, req.query as CaseQuery), 200),
    getCommissionDetails: (c, req) =>
      json(c, commissionDetails(c.get('tenant')!, req.query as CaseQuery), 200),
    getSettleDaily: (c, req) => json(c, settleDaily(c.get('tenant')!, req.query as RangeQuery), 200),
    getVatCases: (c, req) => json(c, vatCases(c.get('tenant')!, req.query as RangeQuery), 200),
    getVatDaily: (c, req) => json(c, vatDaily(c.get('tenant')!, req.query as RangeQuery), 200),
  }
}
