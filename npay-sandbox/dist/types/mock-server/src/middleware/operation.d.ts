/**
 * The gateway's first step: which API operation a request addresses and which merchant app sends it.
 * Authenticates before rate limiting and faults, as the real gateway does; paths that are no API are
 * left alone so they still get 404 `GW.NOT_FOUND` without a token.
 */

import type { MiddlewareHandler } from 'hono'
import type { Engine } from '../../../packages/engine/src/index.js'
import { type OperationIndexEntry } from '../../../packages/schema/src/index.js'
import type { AppEnv } from '../env.js'
/**
 * The operation of a method and a path under the base URL.
 * @example operationOf('POST', '/v1/pay-order/mall/product-orders/dispatch')?.operationId // 'dispatchProductOrders'
 */
export declare function operationOf(method: string, path: string): OperationIndexEntry | undefined
/**
 * Sets `operation` and `tenant`; an API call without a valid token ends here with 401 `GW.AUTHN`.
 * @example app.use(`${BASE_PATH}/*`, resolveOperation(engine))
 */
export declare function resolveOperation(engine: Engine): MiddlewareHandler<AppEnv>
