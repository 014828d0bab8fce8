/** Dispatch request items the suites send. */
import { formatKst } from '@npay-sandbox/protocol'
import { nextTrackingNumber } from '../provider-states/build-on-emulator.ts'
import type { CaseContext } from '../suite.ts'

/**
 * One dispatch item by CJ대한통운, dated now on the target's clock.
 * @example await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [await dispatchItem(context, id)] } })
 */
export async function dispatchItem(
  context: CaseContext,
  productOrderId: string,
  deliveryCompanyCode = 'CJGLS',
) {
  return {
    productOrderId,
    deliveryMethod: 'DELIVERY' as const,
    deliveryCompanyCode,
    trackingNumber: nextTrackingNumber(),
    dispatchDate: formatKst(await context.now()),
  }
}
