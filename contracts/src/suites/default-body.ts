/** Request bodies the suites send: each action's declared default body, on the target's clock. */
import { defaultBody, type MerchantAction, type RequestBody } from '@npay-sandbox/engine'
import { nextTrackingNumber } from '../provider-states/build-on-emulator.ts'
import type { CaseContext } from '../suite.ts'

/**
 * The declared default body of `action` for `productOrderId` (engine `defaultBody`), dated on the
 * target's clock, with a tracking number no other order uses. `dueDate` is the product order's current
 * dispatch deadline, for a delay that must come after it.
 * @example await context.api.rejectReturn({ productOrderId, body: await bodyFor(context, 'rejectReturn', productOrderId) })
 */
export async function bodyFor<A extends MerchantAction>(
  context: CaseContext,
  action: A,
  productOrderId: string,
  dueDate?: number,
): Promise<RequestBody<A>> {
  const now = await context.now()
  const body = defaultBody(action, [productOrderId], { now, dueDate, tracking: nextTrackingNumber })
  if (!body) throw new Error(`${action} takes no request body`)
  return body
}
