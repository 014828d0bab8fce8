/**
 * The append-only change log behind `last-changed-statuses` (facts §7.1): one row per change event,
 * read in (lastChangedDate, productOrderId) order. Reads cost O(log n + page), whatever the history size:
 * rows are kept sorted by time (ties sorted lazily once) and indexed per lastChangedType.
 */
import type { Schemas } from '../../schema/src/index.js'
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
export interface ChangePage {
  rows: ChangeEvent[]
  /** The first row not returned, when more remain. */
  more?: {
    at: number
    productOrderId: string
  }
}
export declare class ChangeLog {
  private all
  private byType
  /** The latest instant appended; appends never go back in time. */
  lastAt: number
  get size(): number
  /** Every row in (at, productOrderId) order, e.g. to save the log. */
  rows(): readonly ChangeEvent[]
  append(row: ChangeEvent): void
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
  }): ChangePage
  clear(): void
}
