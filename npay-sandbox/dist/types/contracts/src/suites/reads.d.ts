import type { NpayClient, NpayOperationResult } from '../../../packages/client/src/index.js'
/** Pages a paged read follows at most: enough for any test window, bounded for a busy real host. */
export declare const MAX_PAGES = 10
type Detail = NonNullable<NpayOperationResult<'queryProductOrders'>['data']>[number]
type ChangeRow = NonNullable<
  NonNullable<NpayOperationResult<'getLastChangedStatuses'>['data']>['lastChangeStatuses']
>[number]
/**
 * The detail of one product order.
 * @example const detail = await detailOf(api, productOrderId)
 */
export declare function detailOf(api: NpayClient, productOrderId: string): Promise<Detail>
/**
 * A response date-time as epoch ms; fails the case when it is absent or unreadable.
 * @example epochOf(detail.order?.paymentDate, 'paymentDate')
 */
export declare function epochOf(value: string | undefined, what: string): number
/**
 * The payment time of a product order, epoch ms.
 * @example const paid = await paymentTime(api, productOrderId)
 */
export declare function paymentTime(api: NpayClient, productOrderId: string): Promise<number>
/**
 * Every last-changed row of a window, following `more` as the docs say, at most `MAX_PAGES` pages.
 * @example const rows = await allChanges(api, { lastChangedFrom, lastChangedTo })
 */
export declare function allChanges(
  api: NpayClient,
  query: Parameters<NpayClient['getLastChangedStatuses']>[0],
): Promise<ChangeRow[]>
