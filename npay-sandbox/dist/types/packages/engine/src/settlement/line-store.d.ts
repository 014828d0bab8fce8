/**
 * Where settlement lines live: an append-only list plus the indexes the queries read (by basis,
 * expected and payment date, by product order or delivery-fee number, by order), so a query costs the
 * rows it returns rather than the whole history.
 */
import { DateIndex } from './date-index.js'
import type { CaseLine } from './lines.js'
export declare class LineStore {
  private readonly lines
  readonly byBasis: DateIndex<CaseLine>
  readonly byExpect: DateIndex<CaseLine>
  readonly byPay: DateIndex<CaseLine>
  /** Product orders by KST payment date, for the UNSETTLED view of settle/case. */
  readonly paidOn: DateIndex<string>
  private readonly byProductOrder
  private readonly byOrder
  /** Every stored line in append order (a line's `seq` is its index here). */
  all(): readonly CaseLine[]
  /** Lines of a product order, or of a delivery-fee number. */
  forProductOrder(productOrderId: string): readonly CaseLine[]
  forOrder(orderId: string): readonly CaseLine[]
  /** Stores a line for good and returns its `seq`. */
  protected append(draft: Omit<CaseLine, 'seq' | 'lineId'>, lineId: string): number
  clear(): void
}
