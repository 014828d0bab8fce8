/**
 * The dashboard's orders table, paged on the server: filter, search and sort every product order of the
 * merchant, then return one page with the true total and per-value counts for the filter menus.
 */
import { type ReadonlyProductOrderRecord, stateOf, type Tenant } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'

export interface OrderListQuery {
  productOrderStatus?: string
  claimType?: string
  claimStatus?: string
  q?: string
  sort?: string
  order?: 'asc' | 'desc'
  page?: number
  size?: number
  limit?: number
}

type Row = ReturnType<typeof rowOf>

function rowOf(tenant: Tenant, r: ReadonlyProductOrderRecord) {
  const s = stateOf(r)
  const order = tenant.order(r.orderId)!.order
  return {
    productOrderId: r.productOrderId,
    orderId: r.orderId,
    ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
    productOrderStatus: s.productOrderStatus,
    productName: r.productOrder.productName,
    ...(order.ordererName ? { ordererName: order.ordererName } : {}),
    ...(r.productOrder.shippingAddress?.name ? { receiverName: r.productOrder.shippingAddress.name } : {}),
    totalPaymentAmount: r.productOrder.totalPaymentAmount,
    quantity: r.productOrder.quantity,
    remainQuantity: r.productOrder.remainQuantity,
    orderDate: order.orderDate,
    ...(order.paymentDate ? { paymentDate: order.paymentDate } : {}),
    lastChangedDate: formatKst(r.times.lastChanged),
  } as {
    productOrderId: string
    orderId: string
    productOrderStatus: string
    claimType?: string
    claimStatus?: string
    productName: string
    ordererName?: string
    receiverName?: string
    [key: string]: unknown
  }
}

/** What the search box matches: ids, the product, and the buyer's and receiver's names. */
const searchText = (row: Row) =>
  [row.productOrderId, row.orderId, row.productName, row.ordererName ?? '', row.receiverName ?? '']
    .join('\n')
    .toLowerCase()

const count = (into: Record<string, number>, value: unknown) => {
  if (typeof value === 'string') into[value] = (into[value] ?? 0) + 1
}

function sortValue(row: Row, key: string): string | number {
  if (key === 'claim') return row.claimType ? `${row.claimType}/${row.claimStatus ?? ''}` : ''
  const v = row[key]
  return typeof v === 'number' ? v : String(v ?? '')
}

function compare(key: string, dir: number) {
  return (a: Row, b: Row) => {
    const x = sortValue(a, key)
    const y = sortValue(b, key)
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
    return c * dir || a.productOrderId.localeCompare(b.productOrderId)
  }
}

/** @example orderList(tenant, { claimStatus: 'RETURN_REQUEST', page: 2, size: 50 }) */
export function orderList(tenant: Tenant, query: OrderListQuery) {
  const facets = { productOrderStatus: {}, claimType: {}, claimStatus: {} } as Record<
    'productOrderStatus' | 'claimType' | 'claimStatus',
    Record<string, number>
  >
  const text = query.q?.trim().toLowerCase()
  const matched: Row[] = []
  for (const record of tenant.productOrderRecords()) {
    const row = rowOf(tenant, record)
    count(facets.productOrderStatus, row.productOrderStatus)
    count(facets.claimType, row.claimType)
    count(facets.claimStatus, row.claimStatus)
    if (query.productOrderStatus && row.productOrderStatus !== query.productOrderStatus) continue
    if (query.claimType && row.claimType !== query.claimType) continue
    if (query.claimStatus && row.claimStatus !== query.claimStatus) continue
    if (text && !searchText(row).includes(text)) continue
    matched.push(row)
  }
  // Newest change first by default; ties keep a stable order by id, so pages never overlap.
  const sort = query.sort ?? 'lastChangedDate'
  matched.sort(compare(sort, query.order === 'asc' ? 1 : -1))
  const size = query.size ?? query.limit ?? 100
  const page = query.page ?? 1
  return {
    productOrders: matched.slice((page - 1) * size, page * size),
    total: matched.length,
    page,
    size,
    facets,
  }
}
