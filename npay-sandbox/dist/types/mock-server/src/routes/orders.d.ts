/** The 20 order-management operations at `{base}/v1/pay-order/mall/...` (facts §7). */

import type { Context } from 'hono'
import { type Engine } from '../../../packages/engine/src/index.js'
import type { AppEnv } from '../env.js'
import type { ValidatedRequest } from '../validation/validator.js'
export type OperationHandler = (c: Context<AppEnv>, req: ValidatedRequest) => Response | Promise<Response>
/** Handlers of the order operations by operationId; requests arrive validated and authenticated. */
export declare function orderHandlers(engine: Engine): Record<string, OperationHandler>
