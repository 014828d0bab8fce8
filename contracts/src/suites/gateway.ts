/** The gateway's error envelope (facts §4.3, §5.1), checked on raw responses. */
import assert from 'node:assert/strict'
import { GATEWAY_ERRORS, type GatewayErrorCode, TRACE_HEADER } from '@npay-sandbox/protocol'
import type { RawResponse } from '../suite.ts'
import { KST_MILLIS } from './expect.ts'

/**
 * Checks a gateway error: status, code, the exact Korean message, KST timestamp, and the body's trace id
 * equal to the header's.
 * @example gatewayError(response, 401, 'GW.AUTHN')
 */
export function gatewayError(response: RawResponse, status: number, code: GatewayErrorCode) {
  assert.equal(response.status, status, 'status')
  const body = response.body as Record<string, unknown>
  assert.equal(body.code, code, 'code')
  assert.equal(body.message, GATEWAY_ERRORS[code].message, 'message')
  assert.match(String(body.timestamp), KST_MILLIS, 'timestamp is KST with milliseconds')
  assert.equal(body.traceId, response.headers.get(TRACE_HEADER), `traceId equals the ${TRACE_HEADER} header`)
}
