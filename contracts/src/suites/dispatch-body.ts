/** Dispatch request items the suites send. */
import type { CaseContext } from '../suite.ts'
import { bodyFor } from './default-body.ts'

/**
 * The declared dispatch item (by CJ대한통운, dated now on the target's clock), by another company if asked.
 * @example await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [await dispatchItem(context, id)] } })
 */
export async function dispatchItem(
  context: CaseContext,
  productOrderId: string,
  deliveryCompanyCode = 'CJGLS',
) {
  const [item] = (await bodyFor(context, 'dispatchProductOrders', productOrderId)).dispatchProductOrders
  return { ...item!, deliveryCompanyCode }
}
