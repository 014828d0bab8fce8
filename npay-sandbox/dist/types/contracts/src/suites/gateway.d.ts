import { type GatewayErrorCode } from '../../../packages/protocol/src/index.js'
import type { RawResponse } from '../suite.js'
/**
 * Checks a gateway error: status, code, the exact Korean message, KST timestamp, and the body's trace id
 * equal to the header's.
 * @example gatewayError(response, 401, 'GW.AUTHN')
 */
export declare function gatewayError(response: RawResponse, status: number, code: GatewayErrorCode): void
