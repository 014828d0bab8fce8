/**
 * Assertions the suites share. They throw `node:assert` errors, so a case fails the same way under
 * vitest and under the CLI.
 */
import assert from 'node:assert/strict'
import { NpayApiError } from '@npay-sandbox/client'
import { TRACE_HEADER } from '@npay-sandbox/protocol'
import { isRecord } from '../internal/json.ts'
import { mismatches, readState, type StateExpectation } from '../provider-states/state-of.ts'
import type { CaseContext } from '../suite.ts'

/** A KST date-time with milliseconds, as every response writes it. */
export const KST_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/

/**
 * Awaits a call that must fail, and checks the error's status and (when given) code and family.
 * @example const error = await expectApiError(api.queryProductOrders({ body }), { status: 400, code: '4000' })
 */
export async function expectApiError(
  call: Promise<unknown>,
  expected: { status: number | readonly number[]; code?: string; family?: NpayApiError['family'] },
): Promise<NpayApiError> {
  let error: unknown
  try {
    await call
  } catch (caught) {
    error = caught
  }
  if (error === undefined)
    assert.fail(`expected an error with status ${String(expected.status)}, got success`)
  if (!(error instanceof NpayApiError)) throw error
  const statuses = typeof expected.status === 'number' ? [expected.status] : expected.status
  assert.ok(statuses.includes(error.status), `status ${error.status} (${error.code}: ${error.message})`)
  if (expected.code !== undefined) assert.equal(error.code, expected.code, `code (message: ${error.message})`)
  if (expected.family !== undefined) assert.equal(error.family, expected.family, 'error family')
  return error
}

/**
 * The `invalidInputs[].name`s of an error.
 * @example invalidNames(error) // ['productOrderIds']
 */
export function invalidNames(error: NpayApiError): string[] {
  return (error.invalidInputs ?? []).map((input) => input.name)
}

/**
 * The codes of `failProductOrderInfos`, in order.
 * @example failCodes(await api.approveReturn({ productOrderId })) // ['9999']
 */
export function failCodes(result: { data?: { failProductOrderInfos?: { code?: string }[] } }): string[] {
  return (result.data?.failProductOrderInfos ?? []).map((f) => f.code ?? '')
}

/**
 * Checks the state of a product order through the (recorded) API.
 * @example await expectState(ctx, productOrderId, { productOrderStatus: 'RETURNED', claimStatus: 'RETURN_DONE' })
 */
export async function expectState(context: CaseContext, productOrderId: string, expected: StateExpectation) {
  const actual = await readState(context.api, productOrderId)
  assert.ok(actual, `${productOrderId} is not returned by queryProductOrders`)
  assert.deepEqual(mismatches(actual, expected), [], 'state after the action')
}

/**
 * Checks the common envelope of an order-API body: KST millisecond timestamp and the header's trace id.
 * @example expectEnvelope(body, headers)
 */
export function expectEnvelope(body: unknown, headers: Headers) {
  assert.ok(isRecord(body), 'the body is a JSON object')
  const traceId = headers.get(TRACE_HEADER)
  assert.ok(traceId, `the ${TRACE_HEADER} header is present`)
  assert.match(String(body.timestamp), KST_MILLIS, 'timestamp is KST with milliseconds')
  assert.equal(body.traceId, traceId, `traceId equals the ${TRACE_HEADER} header`)
}
