/**
 * The five settlement operations at `{base}/v1/pay-settle-mall/...` (facts §11). Their success bodies
 * are the bare `{elements, pagination}` with no order-API wrapper [DOC]; requests arrive validated and
 * authenticated, and the engine adds the rules no schema states (VAT month limit, date order).
 */
import { type Engine } from '../../../packages/engine/src/index.js'
import type { OperationHandler } from './orders.js'
/**
 * Handlers of the settlement operations by operationId.
 * @example const handlers = { ...orderHandlers(engine), ...settlementHandlers(engine) }
 */
export declare function settlementHandlers(_engine: Engine): Record<string, OperationHandler>
