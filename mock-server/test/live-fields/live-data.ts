/**
 * The live answers the two tests measure: every product order of a filled sandbox read through
 * product-orders/query, the conditional query (every rangeType the emulator fills, 24 h windows, all
 * pages), last-changed-statuses (24 h windows, small pages followed through `more`) and the settle/case
 * lines of every product order that ended; and a Commerce merchant's hope-delivery orders
 * (commerce-hope.ts), whose query and conditional answers count with the rest.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { commerceHopeBodies } from './commerce-hope.ts'
import { fillSandbox, type OwnOrder } from './drive.ts'
import { type Loose, openSession } from './session.ts'

const DAY = 86_400_000
const START = Date.UTC(2024, 4, 15, 1)

export type { Loose } from './session.ts'

export interface LiveData {
  /** The merchant's clock when the answers were read. */
  now: number
  bodies: { query: Loose[]; conditional: Loose[]; lastChanged: Loose[] }
  /** Product-order details by productOrderId (from product-orders/query). */
  details: Map<string, Loose>
  /** Conditional-query contents by productOrderId (the last one read). */
  conditional: Map<string, Loose>
  /** Every last-changed row, in the order read. */
  rows: Loose[]
  /** settle/case elements per product order that ended (decided, cancelled, returned), by its id filter. */
  settleCases: Map<string, Loose[]>
  own: OwnOrder[]
  problems: string[]
  /** Extra order fields left out of the rich orders because the control plane refused their sample values. */
  dropped: string[]
}

const RANGE_TYPES = [
  'PAYED_DATETIME',
  'ORDERED_DATETIME',
  'DISPATCHED_DATETIME',
  'PURCHASE_DECIDED_DATETIME',
  'CLAIM_REQUESTED_DATETIME',
  'CLAIM_COMPLETED_DATETIME',
  'COLLECT_COMPLETED_DATETIME',
]

const ENDED = new Set(['PURCHASE_DECIDED', 'CANCELED', 'RETURNED'])

/**
 * Builds, fills and reads a sandbox.
 * @example const live = await collectLiveData(); live.details.size // ≈ 110
 */
export async function collectLiveData(): Promise<LiveData> {
  const s = await openSession()
  const { ids, own } = await fillSandbox(s)
  const now = s.now()
  const data: LiveData = {
    now,
    bodies: { query: [], conditional: [], lastChanged: [] },
    details: new Map(),
    conditional: new Map(),
    rows: [],
    settleCases: new Map(),
    own,
    problems: s.problems,
    dropped: [...s.dropped].sort(),
  }

  for (let i = 0; i < ids.length; i += 300) {
    const { json } = await s.api('queryProductOrders', {
      body: { productOrderIds: ids.slice(i, i + 300), quantityClaimCompatibility: true },
    })
    data.bodies.query.push(json)
    for (const d of json?.data ?? []) data.details.set(d.productOrder.productOrderId, d)
  }

  for (const rangeType of RANGE_TYPES) {
    for (let from = START - DAY; from <= now; from += DAY) {
      for (let page = 1; ; page++) {
        const query = {
          from: formatKst(from),
          to: formatKst(from + DAY - 1),
          rangeType,
          pageSize: '100',
          quantityClaimCompatibility: 'true',
        }
        const { json } = await s.api('searchProductOrders', { query: { ...query, page: String(page) } })
        data.bodies.conditional.push(json)
        for (const c of json?.data?.contents ?? []) data.conditional.set(c.productOrderId, c.content)
        if (!json?.data?.pagination?.hasNext) break
      }
    }
  }

  for (let from = START - DAY; from <= now; from += DAY) {
    const window = {
      lastChangedFrom: formatKst(from),
      lastChangedTo: formatKst(from + DAY - 1),
      limitCount: '25',
    }
    let query: Record<string, string> = window
    for (;;) {
      const { json } = await s.api('getLastChangedStatuses', { query })
      data.bodies.lastChanged.push(json)
      data.rows.push(...(json?.data?.lastChangeStatuses ?? []))
      const more = json?.data?.more
      if (!more) break
      query = { ...window, lastChangedFrom: more.moreFrom, moreSequence: more.moreSequence }
    }
  }

  for (const [id, detail] of data.details) {
    if (!ENDED.has(detail.productOrder.productOrderStatus)) continue
    const query = { productOrderId: id, pageNumber: '1', pageSize: '1000' }
    const { json } = await s.api('getSettleCases', { query })
    data.settleCases.set(id, json?.elements ?? [])
  }

  const hope = await commerceHopeBodies(s)
  data.bodies.query.push(...hope.query)
  data.bodies.conditional.push(...hope.conditional)
  return data
}
