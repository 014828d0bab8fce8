/** Reads the suites share: a product order's detail and times, and every last-changed row of a window. */
import assert from 'node:assert/strict'
import type { NpayOperationResult } from '@npay-sandbox/client'
import { parseDateTime } from '@npay-sandbox/protocol'
import type { ContractClient } from '../contract-client.ts'

/** Pages a paged read follows at most: enough for any test window, bounded for a busy real host. */
export const MAX_PAGES = 10

type Detail = NonNullable<NpayOperationResult<'queryProductOrders'>['data']>[number]
type ChangeRow = NonNullable<
  NonNullable<NpayOperationResult<'getLastChangedStatuses'>['data']>['lastChangeStatuses']
>[number]

/**
 * The detail of one product order.
 * @example const detail = await detailOf(api, productOrderId)
 */
export async function detailOf(api: ContractClient, productOrderId: string): Promise<Detail> {
  const { data } = await api.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
  const detail = data?.find((d) => d.productOrder?.productOrderId === productOrderId)
  assert.ok(detail, `${productOrderId} is returned by queryProductOrders`)
  return detail
}

/**
 * A response date-time as epoch ms; fails the case when it is absent or unreadable.
 * @example epochOf(detail.order?.paymentDate, 'paymentDate')
 */
export function epochOf(value: string | undefined, what: string): number {
  const parsed = value === undefined ? undefined : parseDateTime(value)
  if (!parsed?.ok) assert.fail(`${what} is not a readable date-time: ${value}`)
  return parsed.epochMs
}

/**
 * The payment time of a product order, epoch ms.
 * @example const paid = await paymentTime(api, productOrderId)
 */
export async function paymentTime(api: ContractClient, productOrderId: string): Promise<number> {
  return epochOf((await detailOf(api, productOrderId)).order?.paymentDate, `${productOrderId} paymentDate`)
}

/**
 * Every last-changed row of a window, following `more` as the docs say, at most `MAX_PAGES` pages.
 * @example const rows = await allChanges(api, { lastChangedFrom, lastChangedTo })
 */
export async function allChanges(
  api: ContractClient,
  query: Parameters<ContractClient['getLastChangedStatuses']>[0],
): Promise<ChangeRow[]> {
  const rows: ChangeRow[] = []
  let next = query
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await api.getLastChangedStatuses(next)
    rows.push(...(data?.lastChangeStatuses ?? []))
    if (!data?.more?.moreFrom || !data.more.moreSequence) break
    next = { ...query, lastChangedFrom: data.more.moreFrom, moreSequence: data.more.moreSequence }
  }
  return rows
}
