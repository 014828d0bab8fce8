import type { CaseContext } from '../suite.js'
/**
 * One dispatch item by CJ대한통운, dated now on the target's clock.
 * @example await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [await dispatchItem(context, id)] } })
 */
export declare function dispatchItem(
  context: CaseContext,
  productOrderId: string,
  deliveryCompanyCode?: string,
): Promise<{
  productOrderId: string
  deliveryMethod: 'DELIVERY'
  deliveryCompanyCode: string
  trackingNumber: string
  dispatchDate: string
}>
