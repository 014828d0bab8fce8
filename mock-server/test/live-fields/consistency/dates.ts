/**
 * Causal order of a product order's dates (facts §10 flows; §10.7 claim dates), the last-changed rows
 * against the records (facts §7.1 ordering; §9.4 what each type means), and distinct instants for
 * distinct steps (docs/fidelity.md: a follow-up step is 1 ms later).
 */
import type { Loose } from '../live-data.ts'
import { type Check, claimBlocks, label, ms, perDetail } from './support.ts'

type Link = '<' | '<='

/** The normal flow: orderDate ≤ paymentDate < placeOrderDate < shippingStartDate ≤ sendDate < deliveredDate < decisionDate. */
function mainChain(d: Loose): [string, unknown, Link][] {
  const p = d.productOrder
  return [
    ['orderDate', d.order.orderDate, '<='],
    ['paymentDate', d.order.paymentDate, '<'],
    ['placeOrderDate', p.placeOrderDate, '<'],
    ['shippingStartDate', p.shippingStartDate, '<='],
    ['delivery.sendDate', d.delivery?.sendDate, '<'],
    ['delivery.deliveredDate', d.delivery?.deliveredDate, '<'],
    ['decisionDate', p.decisionDate, '<'],
  ]
}

/** Violations of a chain: every two present dates in it compared, strictly when a strict link lies between. */
function chainViolations(chain: [string, unknown, Link][]): string[] {
  const present = chain
    .map(([name, value], i) => ({ name, at: ms(value), i }))
    .filter((x) => x.at !== undefined)
  const out: string[] = []
  for (const [k, a] of present.entries()) {
    for (const b of present.slice(k + 1)) {
      const strict = chain.slice(a.i, b.i).some(([, , link]) => link === '<')
      const ok = strict ? a.at! < b.at! : a.at! <= b.at!
      if (!ok) out.push(`${a.name} ${chain[a.i]![1]} ${strict ? '<' : '≤'} ${b.name} ${chain[b.i]![1]} fails`)
    }
  }
  return out
}

/** Within one claim: request first; holdback set, then released; collect before completion or redelivery. */
function claimChains(c: Loose): [string, unknown, Link][][] {
  const request: [string, unknown, Link] = ['claimRequestDate', c.claimRequestDate, '<']
  return [
    [
      request,
      ['holdbackConfigDate', c.holdbackConfigDate, '<'],
      ['holdbackReleaseDate', c.holdbackReleaseDate, '<'],
    ],
    [
      request,
      ['collectCompletedDate', c.collectCompletedDate, '<'],
      ['returnCompletedDate', c.returnCompletedDate, '<'],
    ],
    [
      request,
      ['collectCompletedDate', c.collectCompletedDate, '<'],
      ['reDeliveryOperationDate', c.reDeliveryOperationDate, '<'],
    ],
    [
      ['claimRequestDate', c.claimRequestDate, '<='],
      ['cancelApprovalDate', c.cancelApprovalDate, '<='],
      ['cancelCompletedDate', c.cancelCompletedDate, '<'],
    ],
    [request, ['cancelCompletedDate', c.cancelCompletedDate, '<']],
    [request, ['claimCompleteOperationDate', c.claimCompleteOperationDate, '<']],
  ]
}

/** Deadlines and forecasts may lie ahead of the clock; everything else has happened. */
const FORWARD_LOOKING = new Set([
  'shippingDueDate',
  'paymentDueDate',
  'refundExpectedDate',
  'arrivalGuaranteeDate',
])
const KST = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/

function pastDates(value: unknown, path: string, out: [string, string][]) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pastDates(v, `${path}[${i}]`, out)
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && KST.test(v) && !FORWARD_LOOKING.has(k)) out.push([`${path}.${k}`, v])
      else if (k !== 'hopeDelivery') pastDates(v, `${path}.${k}`, out)
    }
}

/** The instants of a product order's distinct steps, each claim's counted once (it sits in several blocks). */
function stepInstants(d: Loose): Map<string, number> {
  const steps = new Map<string, number>()
  const add = (name: string, value: unknown) => {
    const at = ms(value)
    if (at !== undefined) steps.set(name, at)
  }
  add('payment', d.order.paymentDate)
  add('placeOrder', d.productOrder.placeOrderDate)
  add('shippingStart', d.productOrder.shippingStartDate)
  add('delivered', d.delivery?.deliveredDate)
  add('decision', d.productOrder.decisionDate)
  for (const { claim: c } of claimBlocks(d)) {
    for (const field of [
      'claimRequestDate',
      'collectCompletedDate',
      'holdbackConfigDate',
      'holdbackReleaseDate',
      'reDeliveryOperationDate',
      'returnCompletedDate',
      'cancelCompletedDate',
    ])
      add(`${c.claimId}.${field}`, c[field])
  }
  return steps
}

/** Dates of the record a last-changed row of each type reports (facts §9.4 meanings). */
function datesForRow(d: Loose, type: string): (string | undefined)[] {
  const claims = claimBlocks(d).map((b) => b.claim)
  const of = (field: string) => claims.map((c) => c[field])
  switch (type) {
    case 'PAY_WAITING':
      return [d.order.orderDate]
    case 'PAYED':
      return [d.order.paymentDate]
    case 'DISPATCHED':
      return [d.productOrder.shippingStartDate, d.delivery?.sendDate]
    case 'PURCHASE_DECIDED':
      return [d.productOrder.decisionDate]
    case 'CLAIM_REQUESTED':
      return of('claimRequestDate')
    case 'COLLECT_DONE':
      return of('collectCompletedDate')
    case 'CLAIM_REDELIVERING':
      return of('reDeliveryOperationDate')
    case 'CLAIM_COMPLETED':
      return [...of('cancelCompletedDate'), ...of('returnCompletedDate'), ...of('claimCompleteOperationDate')]
    default:
      return []
  }
}

const MATCHED_TYPES = [
  'PAY_WAITING',
  'PAYED',
  'DISPATCHED',
  'PURCHASE_DECIDED',
  'CLAIM_REQUESTED',
  'COLLECT_DONE',
  'CLAIM_REDELIVERING',
  'CLAIM_COMPLETED',
]

export const DATE_CHECKS: Check[] = [
  {
    area: 'C',
    name: 'order, payment, confirmation, dispatch, delivery and decision come in causal order',
    source: 'facts §10.1 N1–N10 (each step follows the one before); docs: sendDate from dispatchDate',
    run: (live) => perDetail(live, (d) => chainViolations(mainChain(d))),
  },
  {
    area: 'C',
    name: 'claim dates follow the request: holdback, release, collection, completion, redelivery',
    source: 'facts §10.2–§10.4, §10.7 (claim blocks filled by each transition)',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).flatMap(({ where, claim }) =>
          claimChains(claim)
            .flatMap(chainViolations)
            .map((v) => `${where}: ${v}`),
        ),
      ),
  },
  {
    area: 'C',
    name: 'returns and exchanges are requested after dispatch, every claim after the order',
    source: 'facts §10.3 R1, §10.4 E1 (from DELIVERING/DELIVERED); §10.2',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).map(({ where, kind, claim }) => {
          const request = ms(claim.claimRequestDate)
          if (request === undefined) return `${where}: no claimRequestDate`
          if (!(request > ms(d.order.orderDate)!))
            return `${where}: claimRequestDate ${claim.claimRequestDate} not after orderDate`
          const sent = ms(d.productOrder.shippingStartDate)
          return (
            kind !== 'cancel' &&
            !(sent !== undefined && request > sent) &&
            `${where}: ${kind} requested ${claim.claimRequestDate}, dispatched ${d.productOrder.shippingStartDate}`
          )
        }),
      ),
  },
  {
    area: 'C',
    name: 'no date but deadlines and forecasts lies after the merchant clock',
    source:
      'facts §8 (dates of things that happened); docs: shippingDueDate 발송 기한, paymentDueDate 결제 기한, refundExpectedDate 환불 예정일',
    run: (live) =>
      perDetail(live, (d) => {
        const dates: [string, string][] = []
        pastDates(d, '', dates)
        return dates
          .filter(([, v]) => Date.parse(v) > live.now)
          .map(([path, v]) => `${path.slice(1)} ${v} is in the future`)
      }),
  },
  {
    area: 'C',
    name: 'distinct steps of one product order happen at distinct instants',
    source: 'docs/fidelity.md (a follow-up step is 1 ms later); facts §7.1 cursor',
    run: (live) =>
      perDetail(live, (d) => {
        const byInstant = new Map<number, string[]>()
        for (const [step, at] of stepInstants(d)) byInstant.set(at, [...(byInstant.get(at) ?? []), step])
        return [...byInstant]
          .filter(([, steps]) => steps.length > 1)
          .map(([at, steps]) => `${steps.join(' = ')} at ${new Date(at).toISOString()}`)
      }),
  },
  {
    area: 'C',
    name: 'last-changed rows come ordered by lastChangedDate, then productOrderId, and never share an instant per product order',
    source: 'facts §7.1 Ordering [DOC]; docs/fidelity.md (rows of one product order never share an instant)',
    run: (live) => {
      const out: string[] = []
      const seen = new Set<string>()
      live.rows.forEach((r, i) => {
        const prev = live.rows[i - 1]
        const key = `${r.productOrderId}@${r.lastChangedDate}`
        if (seen.has(key)) out.push(`${r.productOrderId}: two rows at ${r.lastChangedDate}`)
        seen.add(key)
        if (!prev) return
        const order =
          Date.parse(prev.lastChangedDate) - Date.parse(r.lastChangedDate) ||
          (prev.productOrderId < r.productOrderId ? -1 : 1)
        if (order > 0)
          out.push(
            `${prev.productOrderId} ${prev.lastChangedDate} before ${r.productOrderId} ${r.lastChangedDate}`,
          )
      })
      return out
    },
  },
  {
    area: 'C',
    name: "last-changed rows carry the dates of the record's own fields",
    source:
      'facts §7.1 row fields, §9.4 (what each lastChangedType means), §10.7 (a change updates the record)',
    run: (live) =>
      live.rows.flatMap((r) => {
        const d = live.details.get(r.productOrderId)
        if (!d) return [`${r.productOrderId}: a row for a product order the query does not answer`]
        const where = `${label(d)} ${r.lastChangedType} row ${r.lastChangedDate}`
        const out: string[] = []
        if (r.orderId !== d.order.orderId) out.push(`${where}: orderId ${r.orderId} ≠ ${d.order.orderId}`)
        if (r.paymentDate !== undefined && r.paymentDate !== d.order.paymentDate)
          out.push(`${where}: paymentDate ${r.paymentDate} ≠ ${d.order.paymentDate}`)
        if (r.lastChangedType === 'DISPATCHED') {
          // dispatchDate is the merchant's 발송일, not in the future (facts §7.7): the row of the dispatch
          // is processed at or after it, and sendDate repeats it.
          const sent = d.productOrder.shippingStartDate
          if (!sent || Date.parse(sent) > Date.parse(r.lastChangedDate))
            out.push(`${where}: shippingStartDate ${sent} is not at or before the row`)
          if (d.delivery?.sendDate !== sent)
            out.push(`${where}: delivery.sendDate ${d.delivery?.sendDate} ≠ shippingStartDate ${sent}`)
        } else if (MATCHED_TYPES.includes(r.lastChangedType)) {
          const dates = datesForRow(d, r.lastChangedType).filter(Boolean)
          if (!dates.includes(r.lastChangedDate))
            out.push(`${where}: no field has that date (${dates.join(', ') || 'none'})`)
        }
        return out
      }),
  },
]
