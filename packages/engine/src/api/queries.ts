/** The read endpoints: last-changed, query, product-order-ids, conditional query (facts §7.1–7.4). */
import {
  formatKst,
  MAX_LAST_CHANGED_LIMIT,
  MAX_QUERY_WINDOW_MS,
  MAX_SEARCH_PAGE_SIZE,
  NpayError,
} from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import type { ChangeEvent } from '../change-log.ts'
import type { LastChangedType } from '../machine/state.ts'
import type { ProductOrderHead } from '../product-order-map.ts'
import type { Milestones, ReadonlyProductOrderRecord } from '../records.ts'
import { RECORDS, type Tenant } from '../tenant.ts'
import { dateParam } from './date-param.ts'
import { buildDetail, type ProductOrderDetail } from './detail.ts'

export { dateParam }

type Options = {
  deprecatedClaimBlocks: boolean
  emptyLastChanged: 'omit-data' | 'empty-list'
  /**
   * The request's 수량클레임 대응 flag: `true` shows the documented quantities (quantity = 최초 수량),
   * anything else the pre-quantity-claim view of partly claimed product orders (product-order-view.ts).
   */
  quantityClaimCompatibility?: boolean | undefined
}

/** buildDetail's options for a query made with `flag`. */
function detailOptions(options: Options, flag: boolean | undefined) {
  return {
    deprecatedClaimBlocks: options.deprecatedClaimBlocks,
    legacyQuantities: (flag ?? options.quantityClaimCompatibility) !== true,
  }
}

export function lastChangedStatuses(
  tenant: Tenant,
  q: {
    lastChangedFrom: string
    lastChangedTo?: string
    lastChangedType?: Schemas['LastChangedType']
    moreSequence?: string
    limitCount?: number
  },
  options: Options,
): Schemas['LastChangedStatusesData'] | undefined {
  const from = dateParam('lastChangedFrom', q.lastChangedFrom)
  const to =
    q.lastChangedTo === undefined ? from + MAX_QUERY_WINDOW_MS : dateParam('lastChangedTo', q.lastChangedTo)
  if (to < from) {
    throw NpayError.order('4000', {
      invalidInputs: [
        {
          name: 'lastChangedTo',
          type: 'Range',
          message: 'lastChangedTo: 조회 종료 일시는 시작 일시(lastChangedFrom)보다 이전일 수 없습니다.',
        },
      ],
    })
  }
  if (to - from > MAX_QUERY_WINDOW_MS) {
    throw NpayError.order('104139', {
      diagnostic: 'the window from lastChangedFrom to lastChangedTo may span at most 24 hours',
    })
  }
  const limit = Math.min(q.limitCount ?? MAX_LAST_CHANGED_LIMIT, MAX_LAST_CHANGED_LIMIT)
  const page = tenant.log.page({
    from,
    to,
    limit,
    ...(q.lastChangedType ? { type: q.lastChangedType } : {}),
    ...(q.moreSequence ? { moreSequence: q.moreSequence } : {}),
  })
  if (page.rows.length === 0 && options.emptyLastChanged === 'omit-data') return undefined
  return {
    count: page.rows.length,
    ...(page.more
      ? { more: { moreFrom: formatKst(page.more.at), moreSequence: page.more.productOrderId } }
      : {}),
    lastChangeStatuses: page.rows.map(toRow),
  }
}

function toRow(e: ChangeEvent): Schemas['LastChangedStatus'] {
  const row: Schemas['LastChangedStatus'] = {
    orderId: e.orderId,
    productOrderId: e.productOrderId,
    lastChangedType: e.lastChangedType,
  }
  if (e.paymentDate) row.paymentDate = e.paymentDate
  row.lastChangedDate = formatKst(e.at)
  row.productOrderStatus = e.productOrderStatus
  if (e.claimType) row.claimType = e.claimType
  if (e.claimStatus) row.claimStatus = e.claimStatus
  row.receiverAddressChanged = e.receiverAddressChanged
  return row
}

/**
 * Details in the requested order; unknown and foreign ids are left out (facts §7.2 [INF]). The request's
 * quantityClaimCompatibility arrives in `options`.
 */
export function queryProductOrders(
  tenant: Tenant,
  ids: readonly string[],
  options: Options,
): ProductOrderDetail[] {
  const out: ProductOrderDetail[] = []
  const view = detailOptions(options, undefined)
  for (const id of new Set(ids)) {
    const record = tenant[RECORDS].productOrders.get(id)
    if (record) out.push(buildDetail(record, tenant[RECORDS].orders.get(record.orderId)!, view))
  }
  return out
}

export function productOrderIds(
  tenant: Tenant,
  orderId: string,
  ownerOf: (orderId: string) => Tenant | undefined,
): string[] {
  const order = tenant[RECORDS].orders.get(orderId)
  if (order) return [...order.productOrderIds]
  if (ownerOf(orderId)) throw NpayError.order('101010')
  throw NpayError.order('100003')
}

/** A product order's instant for a rangeType, from its head or, when the head lacks it, its record. */
type Instant = (head: ProductOrderHead, record: () => ReadonlyProductOrderRecord) => number | undefined
const milestone =
  (key: keyof Milestones): Instant =>
  (head) =>
    head.times[key]

/** The instant of the latest history step that appended a row of this lastChangedType. */
const lastEmitted =
  (type: LastChangedType): Instant =>
  (_head, recordOf) => {
    const { history } = recordOf()
    for (let i = history.length - 1; i >= 0; i--)
      if (history[i]!.lastChangedType === type) return history[i]!.at
    return undefined
  }

/** Which instant of a product order each rangeType filters on; gift orders are not emulated. */
const RANGE_INSTANT: Record<Schemas['RangeType'], Instant | undefined> = {
  PAYED_DATETIME: milestone('payed'),
  ORDERED_DATETIME: milestone('ordered'),
  DISPATCHED_DATETIME: milestone('dispatched'),
  PURCHASE_DECIDED_DATETIME: milestone('decided'),
  CLAIM_REQUESTED_DATETIME: milestone('claimRequested'),
  CLAIM_COMPLETED_DATETIME: milestone('claimCompleted'),
  COLLECT_COMPLETED_DATETIME: milestone('collectCompleted'),
  GIFT_RECEIVED_DATETIME: undefined,
  HOPE_DELIVERY_INFO_CHANGED_DATETIME: lastEmitted('HOPE_DELIVERY_INFO_CHANGED'),
}

export function searchProductOrders(
  tenant: Tenant,
  q: {
    from: string
    to?: string
    rangeType?: Schemas['RangeType']
    productOrderStatuses?: Schemas['ProductOrderStatus'][]
    claimStatuses?: Schemas['ClaimStatus'][]
    placeOrderStatusType?: Schemas['PlaceOrderStatus']
    fulfillment?: boolean
    pageSize?: number
    page?: number
    quantityClaimCompatibility?: boolean
  },
  options: Options,
): Schemas['SearchProductOrdersData'] {
  const from = dateParam('from', q.from)
  const to = q.to === undefined ? from + MAX_QUERY_WINDOW_MS : dateParam('to', q.to)
  if (to < from || to - from > MAX_QUERY_WINDOW_MS) {
    throw NpayError.order('4000', {
      invalidInputs: [
        { name: 'from, to', type: 'Range', message: 'from, to: 조회 기간은 24시간 이내여야 합니다.' },
      ],
      diagnostic: 'the conditional query window must be at most 24 hours and `to` must not precede `from`',
    })
  }
  const instantOf = RANGE_INSTANT[q.rangeType ?? 'PAYED_DATETIME']
  const size = Math.min(q.pageSize ?? MAX_SEARCH_PAGE_SIZE, MAX_SEARCH_PAGE_SIZE)
  const page = q.page ?? 1
  const hits: { at: number; id: string }[] = []
  if (instantOf && q.fulfillment !== true) {
    const records = tenant[RECORDS].productOrders
    for (const head of records.heads()) {
      const at = instantOf(head, () => records.get(head.productOrderId)!)
      if (at === undefined || at < from || at > to) continue
      const s = head.state
      if (q.productOrderStatuses?.length && !q.productOrderStatuses.includes(s.productOrderStatus)) continue
      if (q.claimStatuses?.length && (!s.claimStatus || !q.claimStatuses.includes(s.claimStatus))) continue
      if (q.placeOrderStatusType && s.placeOrderStatus !== q.placeOrderStatusType) continue
      hits.push({ at, id: head.productOrderId })
    }
  }
  hits.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
  const slice = hits.slice((page - 1) * size, page * size)
  // The conditional query's docs page has no deprecated top-level claim blocks (only currentClaim):
  // it came after their deprecation was announced, so they are left out here whatever the option says.
  const view = { ...detailOptions(options, q.quantityClaimCompatibility), deprecatedClaimBlocks: false }
  return {
    contents: slice.map(({ id }) => {
      const record = tenant[RECORDS].productOrders.get(id)!
      return {
        productOrderId: id,
        content: buildDetail(record, tenant[RECORDS].orders.get(record.orderId)!, view),
      }
    }),
    pagination: { page, size, hasNext: hits.length > page * size },
  }
}
