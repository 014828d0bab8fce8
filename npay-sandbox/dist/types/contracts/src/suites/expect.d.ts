import { NpayApiError } from '../../../packages/client/src/index.js'
import { type StateExpectation } from '../provider-states/state-of.js'
import type { CaseContext } from '../suite.js'
/** A KST date-time with milliseconds, as every response writes it. */
export declare const KST_MILLIS: RegExp
/**
 * Awaits a call that must fail, and checks the error's status and (when given) code and family.
 * @example const error = await expectApiError(api.queryProductOrders({ body }), { status: 400, code: '4000' })
 */
export declare function expectApiError(
  call: Promise<unknown>,
  expected: {
    status: number | readonly number[]
    code?: string
    family?: NpayApiError['family']
  },
): Promise<NpayApiError>
/**
 * The `invalidInputs[].name`s of an error.
 * @example invalidNames(error) // ['productOrderIds']
 */
export declare function invalidNames(error: NpayApiError): string[]
/**
 * The codes of `failProductOrderInfos`, in order.
 * @example failCodes(await api.approveReturn({ productOrderId })) // ['9999']
 */
export declare function failCodes(result: {
  data?: {
    failProductOrderInfos?: {
      code?: string
    }[]
  }
}): string[]
/**
 * Checks the state of a product order through the (recorded) API.
 * @example await expectState(ctx, productOrderId, { productOrderStatus: 'RETURNED', claimStatus: 'RETURN_DONE' })
 */
export declare function expectState(
  context: CaseContext,
  productOrderId: string,
  expected: StateExpectation,
): Promise<void>
/**
 * Checks the common envelope of an order-API body: KST millisecond timestamp and the header's trace id.
 * @example expectEnvelope(body, headers)
 */
export declare function expectEnvelope(body: unknown, headers: Headers): void
