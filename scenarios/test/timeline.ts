/**
 * Causal-order checks of product-order timelines, written from the facts' state flow (§10.1–10.4) and the
 * last-changed contract (§7.1, §9.4): each milestone date comes after the one that must precede it, and
 * each last-changed row carries the instant of the date field it reports. Everything is read through the
 * engine's read API (product-order query, last-changed in 24-hour windows, the record's history).
 */
import {
  type Engine,
  lastChangedStatuses,
  type ProductOrderDetail,
  queryProductOrders,
  type Tenant,
  TRANSITIONS,
} from '@npay-sandbox/engine'
import { formatKst, MAX_QUERY_WINDOW_MS } from '@npay-sandbox/protocol'

type Detail = ProductOrderDetail
type Row = NonNullable<ReturnType<typeof lastChangedStatuses>>['lastChangeStatuses'][number]

const MINUTE = 60_000
const OPTIONS = { deprecatedClaimBlocks: false, emptyLastChanged: 'empty-list' } as const

const ms = (date: string | undefined) => (date === undefined ? undefined : Date.parse(date))

/** Every last-changed row of the tenant from `from` on, read window by window as a poller would. */
export function allRows(tenant: Tenant, from: number, to: number): Row[] {
  const rows: Row[] = []
  for (let start = from; start <= to; start += MAX_QUERY_WINDOW_MS + 1) {
    const lastChangedTo = formatKst(Math.min(start + MAX_QUERY_WINDOW_MS, to))
    let page: { lastChangedFrom: string; moreSequence?: string } = { lastChangedFrom: formatKst(start) }
    for (;;) {
      const data = lastChangedStatuses(tenant, { ...page, lastChangedTo }, OPTIONS)!
      rows.push(...data.lastChangeStatuses)
      if (!data.more) break
      page = { lastChangedFrom: data.more.moreFrom!, moreSequence: data.more.moreSequence! }
    }
  }
  return rows
}

interface Claim {
  claimId?: string | undefined
  claimType?: string | undefined
  claimStatus?: string | undefined
  claimRequestDate?: string | undefined
  /** When it finished (done or rejected), if it did. */
  completed?: string | undefined
  cancelApprovalDate?: string | undefined
  cancelCompletedDate?: string | undefined
  collectCompletedDate?: string | undefined
  holdbackConfigDate?: string | undefined
  holdbackReleaseDate?: string | undefined
  returnCompletedDate?: string | undefined
  reDeliveryOperationDate?: string | undefined
}

/** Finished claims (completedClaims) and the current claim block, once each, oldest first. */
function claimsOf(d: Detail): Claim[] {
  const claims: Claim[] = (d.completedClaims ?? []).map((c) => ({
    claimId: c.claimId,
    claimType: c.claimType,
    claimStatus: c.claimStatus,
    claimRequestDate: c.claimRequestDate,
    completed: c.claimCompleteOperationDate,
    reDeliveryOperationDate: c.reDeliveryOperationDate,
  }))
  const current = d.currentClaim?.cancel ?? d.currentClaim?.return ?? d.currentClaim?.exchange
  if (!current) return claims
  const block = current as Claim
  const known = claims.find((c) => c.claimId === block.claimId)
  const merged = { ...block, claimType: d.productOrder?.claimType, completed: known?.completed }
  return known ? claims.map((c) => (c === known ? merged : c)) : [...claims, merged]
}

/** `a < b` (or `a <= b`) when both are present. */
function before(
  problems: string[],
  a: [string, string | undefined],
  b: [string, string | undefined],
  orEqual = false,
) {
  const [an, av] = a
  const [bn, bv] = b
  if (av === undefined || bv === undefined) return
  const ok = orEqual ? ms(av)! <= ms(bv)! : ms(av)! < ms(bv)!
  if (!ok) problems.push(`${an} ${av} is not ${orEqual ? 'at or ' : ''}before ${bn} ${bv}`)
}

/** The normal flow N1–N10: ordered, paid, confirmed, dispatched, delivered, decided. */
function normalFlow(p: string[], d: Detail, rows: Row[]) {
  const po = d.productOrder!
  const paidLater = rows.some((r) => r.lastChangedType === 'PAY_WAITING')
  before(p, ['orderDate', d.order?.orderDate], ['paymentDate', d.order?.paymentDate], !paidLater)
  const chain: [string, string | undefined][] = [
    ['paymentDate', d.order?.paymentDate ?? d.order?.orderDate],
    ['placeOrderDate', po.placeOrderDate],
    ['shippingStartDate', po.shippingStartDate],
    ['deliveredDate', d.delivery?.deliveredDate],
    ['decisionDate', po.decisionDate],
  ]
  const present = chain.filter(([, v]) => v !== undefined)
  for (let i = 1; i < present.length; i++) before(p, present[i - 1]!, present[i]!)
  if (d.delivery && d.delivery.sendDate !== po.shippingStartDate)
    p.push(`sendDate ${d.delivery.sendDate} differs from shippingStartDate ${po.shippingStartDate}`)
}

/** Claim flows C/R/E: each claim's own dates in order, after what it follows, before the decision. */
function claimFlows(p: string[], d: Detail) {
  const po = d.productOrder!
  const base = d.order?.paymentDate ?? d.order?.orderDate
  let previousEnd: string | undefined
  for (const c of claimsOf(d)) {
    const req: [string, string | undefined] = [`${c.claimType} claimRequestDate`, c.claimRequestDate]
    const end: [string, string | undefined] = [`${c.claimType} completion`, c.completed]
    before(p, ['paymentDate', base], req)
    before(p, ['previous claim completion', previousEnd], req)
    if (c.claimType === 'RETURN' || c.claimType === 'EXCHANGE') {
      before(p, ['shippingStartDate', po.shippingStartDate], req)
      before(p, ['deliveredDate', d.delivery?.deliveredDate], req)
    }
    before(p, req, ['cancelApprovalDate', c.cancelApprovalDate], true)
    before(
      p,
      ['cancelApprovalDate', c.cancelApprovalDate],
      ['cancelCompletedDate', c.cancelCompletedDate],
      true,
    )
    before(p, req, ['cancelCompletedDate', c.cancelCompletedDate])
    before(p, req, ['collectCompletedDate', c.collectCompletedDate])
    before(p, req, ['holdbackConfigDate', c.holdbackConfigDate])
    before(p, ['holdbackConfigDate', c.holdbackConfigDate], ['holdbackReleaseDate', c.holdbackReleaseDate])
    before(p, ['holdbackConfigDate', c.holdbackConfigDate], end)
    before(p, ['holdbackReleaseDate', c.holdbackReleaseDate], end)
    before(
      p,
      ['collectCompletedDate', c.collectCompletedDate],
      ['returnCompletedDate', c.returnCompletedDate],
    )
    before(
      p,
      ['collectCompletedDate', c.collectCompletedDate],
      ['reDeliveryOperationDate', c.reDeliveryOperationDate],
    )
    before(p, ['reDeliveryOperationDate', c.reDeliveryOperationDate], end)
    before(p, req, end)
    before(p, end, ['decisionDate', po.decisionDate])
    previousEnd = c.completed ?? previousEnd
  }
}

/** The date field each lastChangedType reports (§9.4), as the product order's detail carries it. */
function reportedDates(d: Detail, type: string): (string | undefined)[] {
  const claims = claimsOf(d)
  switch (type) {
    case 'PAY_WAITING':
      return [d.order?.orderDate]
    case 'PAYED':
      return [d.order?.paymentDate]
    case 'DISPATCHED':
      return [d.productOrder?.shippingStartDate]
    case 'PURCHASE_DECIDED':
      return [d.productOrder?.decisionDate]
    case 'CLAIM_REQUESTED':
      return claims.map((c) => c.claimRequestDate)
    case 'COLLECT_DONE':
      return claims.map((c) => c.collectCompletedDate)
    case 'CLAIM_REDELIVERING':
      return claims.map((c) => c.reDeliveryOperationDate)
    case 'CLAIM_COMPLETED':
      return claims.filter((c) => !c.claimStatus?.endsWith('REJECT')).map((c) => c.completed)
    case 'CLAIM_REJECTED':
      return claims.filter((c) => c.claimStatus?.endsWith('REJECT')).map((c) => c.completed)
    default:
      return []
  }
}

/**
 * C5: a dispatch of a product order with a cancel request rejects the request (CLAIM_REJECTED, at the
 * dispatch) and ships it as the platform's follow-up, whose DISPATCHED row comes 1 ms later: two rows of
 * one product order never share an instant (the paging cursor is instant + productOrderId, facts §7.1).
 */
function overtakesCancel(rows: Row[], row: Row): boolean {
  const i = rows.indexOf(row)
  const previous = rows[i - 1]
  return (
    previous?.lastChangedType === 'CLAIM_REJECTED' &&
    previous.claimType === 'CANCEL' &&
    ms(row.lastChangedDate)! - ms(previous.lastChangedDate)! === 1
  )
}

/** Last-changed rows: one instant each, in order, each at the date it reports. */
function changeRows(p: string[], d: Detail, rows: Row[]) {
  for (let i = 1; i < rows.length; i++) {
    if (ms(rows[i - 1]!.lastChangedDate)! >= ms(rows[i]!.lastChangedDate)!)
      p.push(
        `rows ${rows[i - 1]!.lastChangedType} and ${rows[i]!.lastChangedType} share or reverse ${rows[i]!.lastChangedDate}`,
      )
  }
  for (const row of rows) {
    const type = row.lastChangedType!
    if (type === 'DELIVERY_ADDRESS_CHANGED') {
      before(p, ['orderDate', d.order?.orderDate], [type, row.lastChangedDate])
      before(p, [type, row.lastChangedDate], ['shippingStartDate', d.productOrder?.shippingStartDate])
      continue
    }
    if (type === 'DISPATCHED')
      before(p, [type, row.lastChangedDate], ['deliveredDate', d.delivery?.deliveredDate])
    if (type === 'DISPATCHED' && overtakesCancel(rows, row)) continue
    if (!reportedDates(d, type).includes(row.lastChangedDate))
      p.push(
        `${type} row at ${row.lastChangedDate} matches none of ${JSON.stringify(reportedDates(d, type))}`,
      )
    if (type !== 'PAY_WAITING' && row.paymentDate !== d.order?.paymentDate)
      p.push(`${type} row carries paymentDate ${row.paymentDate}, the order ${d.order?.paymentDate}`)
  }
}

/** A row and the follow-up the platform applies at once (table `next`): one transition, 1 ms apart. */
const FOLLOW_UPS = new Set(
  TRANSITIONS.filter((r) => r.next).flatMap((r) =>
    TRANSITIONS.filter((n) => n.event === r.next).map((n) => `${r.id}>${n.id}`),
  ),
)

/** Steps of one product order: never two in one millisecond; seeds leave at least a minute between. */
function steps(p: string[], tenant: Tenant, id: string, minGap: number) {
  const history = tenant.productOrder(id)!.history
  for (let i = 1; i < history.length; i++) {
    const [a, b] = [history[i - 1]!, history[i]!]
    const gap = b.at - a.at
    if (gap <= 0) p.push(`steps ${a.rowId} and ${b.rowId} at ${formatKst(a.at)} / ${formatKst(b.at)}`)
    else if (gap < minGap && !FOLLOW_UPS.has(`${a.rowId}>${b.rowId}`))
      p.push(`steps ${a.rowId} and ${b.rowId} only ${gap} ms apart`)
  }
}

/**
 * Every causal-order problem of the tenant's product orders, as `productOrderId: problem` lines.
 * @example expect(timelineProblems(engine)).toEqual([])
 */
export function timelineProblems(engine: Engine, clientId?: string, o: { minGap?: number } = {}): string[] {
  const tenant = engine.tenant(clientId)
  const records = [...tenant.productOrderRecords()]
  if (records.length === 0) return []
  const first = Math.min(...records.map((r) => r.history[0]!.at))
  const last = Math.max(tenant.now(), ...records.map((r) => r.history.at(-1)!.at))
  const byId = new Map<string, Row[]>()
  for (const row of allRows(tenant, first, last + 1)) {
    const list = byId.get(row.productOrderId!) ?? []
    list.push(row)
    byId.set(row.productOrderId!, list)
  }
  const out: string[] = []
  for (const d of queryProductOrders(
    tenant,
    records.map((r) => r.productOrderId),
    OPTIONS,
  )) {
    const id = d.productOrder!.productOrderId!
    const rows = byId.get(id) ?? []
    const p: string[] = []
    normalFlow(p, d, rows)
    claimFlows(p, d)
    changeRows(p, d, rows)
    steps(p, tenant, id, o.minGap ?? MINUTE)
    out.push(...p.map((problem) => `${id}: ${problem}`))
  }
  return out
}
