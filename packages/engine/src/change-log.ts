/**
 * The append-only change log behind `last-changed-statuses` (facts §7.1): one row per change event,
 * read in (lastChangedDate, productOrderId) order. Reads cost O(log n + page), whatever the history size:
 * rows are kept sorted by time (ties sorted lazily once) and indexed per lastChangedType.
 */
import type { Schemas } from '@npay-sandbox/schema'

export type LastChangedType = Schemas['LastChangedType']

export interface ChangeEvent {
  at: number
  productOrderId: string
  orderId: string
  lastChangedType: LastChangedType
  productOrderStatus: Schemas['ProductOrderStatus']
  claimType?: Schemas['ClaimType'] | undefined
  claimStatus?: Schemas['ClaimStatus'] | undefined
  paymentDate?: string | undefined
  receiverAddressChanged: boolean
}

class SortedRows {
  readonly rows: ChangeEvent[] = []
  private sortedUpTo = 0

  push(row: ChangeEvent) {
    this.rows.push(row)
  }

  /**
   * Sorts the unsorted tail together with the sorted rows it reaches back to: the tie group of its first
   * instant for appended rows, further for back-dated ones (history a seed laid down).
   */
  ensureSorted() {
    const rows = this.rows
    if (this.sortedUpTo >= rows.length) return
    let earliest = Number.POSITIVE_INFINITY
    for (let i = this.sortedUpTo; i < rows.length; i++) earliest = Math.min(earliest, rows[i]!.at)
    // The first sorted row at or after `earliest` (binary search over the sorted prefix).
    let start = 0
    let hi = this.sortedUpTo
    while (start < hi) {
      const mid = (start + hi) >>> 1
      if (rows[mid]!.at < earliest) start = mid + 1
      else hi = mid
    }
    const tail = rows.slice(start).sort(compareRows)
    for (let i = 0; i < tail.length; i++) rows[start + i] = tail[i]!
    this.sortedUpTo = rows.length
  }

  /** Index of the first row at or after (at, productOrderId). */
  lowerBound(at: number, productOrderId = ''): number {
    const rows = this.rows
    let lo = 0
    let hi = rows.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const r = rows[mid]!
      if (r.at < at || (r.at === at && r.productOrderId < productOrderId)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

function compareRows(a: ChangeEvent, b: ChangeEvent): number {
  if (a.at !== b.at) return a.at - b.at
  return a.productOrderId < b.productOrderId ? -1 : a.productOrderId > b.productOrderId ? 1 : 0
}

export interface ChangePage {
  rows: ChangeEvent[]
  /** The first row not returned, when more remain. */
  more?: { at: number; productOrderId: string }
}

export class ChangeLog {
  private all = new SortedRows()
  private byType = new Map<LastChangedType, SortedRows>()
  /** The latest instant appended; appends never go back in time. */
  lastAt = Number.NEGATIVE_INFINITY

  get size(): number {
    return this.all.rows.length
  }

  /** Every row in (at, productOrderId) order, e.g. to save the log. */
  rows(): readonly ChangeEvent[] {
    this.all.ensureSorted()
    return this.all.rows
  }

  append(row: ChangeEvent) {
    if (row.at < this.lastAt) throw new Error('change log rows must be appended in time order')
    this.add(row)
  }

  /**
   * Adds a row of history that already happened, before rows the log holds: what a seed writes. A poller
   * whose window has passed its instant does not see it (facts §7.1 windows), as with any late index.
   * @example log.backfill({ ...row, at: now - 86_400_000 })
   */
  backfill(row: ChangeEvent) {
    this.add(row)
  }

  private add(row: ChangeEvent) {
    this.lastAt = Math.max(this.lastAt, row.at)
    this.all.push(row)
    let typed = this.byType.get(row.lastChangedType)
    if (!typed) {
      typed = new SortedRows()
      this.byType.set(row.lastChangedType, typed)
    }
    typed.push(row)
  }

  /**
   * Rows with `from <= at <= to` in (at, productOrderId) order, starting at the cursor when given.
   * @example log.page({ from, to, limit: 300 }) // { rows, more? }
   */
  page(q: {
    from: number
    to: number
    type?: LastChangedType
    moreSequence?: string
    limit: number
  }): ChangePage {
    const list = q.type ? this.byType.get(q.type) : this.all
    if (!list) return { rows: [] }
    list.ensureSorted()
    const rows = list.rows
    const out: ChangeEvent[] = []
    for (let i = list.lowerBound(q.from, q.moreSequence ?? ''); i < rows.length; i++) {
      const row = rows[i]!
      if (row.at > q.to) break
      if (out.length === q.limit)
        return { rows: out, more: { at: row.at, productOrderId: row.productOrderId } }
      out.push(row)
    }
    return { rows: out }
  }

  clear() {
    this.all = new SortedRows()
    this.byType = new Map()
    this.lastAt = Number.NEGATIVE_INFINITY
  }
}
