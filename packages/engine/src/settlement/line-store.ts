/**
 * Where settlement lines live: an append-only list plus the indexes the queries read (by basis,
 * expected and payment date, by product order or delivery-fee number, by order), so a query costs the
 * rows it returns rather than the whole history.
 */
import { DateIndex } from './date-index.ts'
import type { CaseLine } from './lines.ts'

export class LineStore {
  private readonly lines: CaseLine[] = []
  readonly byBasis = new DateIndex<CaseLine>()
  readonly byExpect = new DateIndex<CaseLine>()
  readonly byPay = new DateIndex<CaseLine>()
  /** Product orders by KST payment date, for the UNSETTLED view of settle/case. */
  readonly paidOn = new DateIndex<string>()
  private readonly byProductOrder = new Map<string, CaseLine[]>()
  private readonly byOrder = new Map<string, CaseLine[]>()

  /** Every stored line in append order (a line's `seq` is its index here). */
  all(): readonly CaseLine[] {
    return this.lines
  }

  /** Lines of a product order, or of a delivery-fee number. */
  forProductOrder(productOrderId: string): readonly CaseLine[] {
    return this.byProductOrder.get(productOrderId) ?? []
  }

  forOrder(orderId: string): readonly CaseLine[] {
    return this.byOrder.get(orderId) ?? []
  }

  /** Stores a line for good and returns its `seq`. */
  protected append(draft: Omit<CaseLine, 'seq' | 'lineId'>, lineId: string): number {
    const line: CaseLine = { ...draft, seq: this.lines.length, lineId }
    this.lines.push(line)
    this.byBasis.add(line.basisDate, line)
    this.byExpect.add(line.expectDate, line)
    this.byPay.add(line.payDate, line)
    push(this.byProductOrder, line.productOrderId, line)
    // A delivery-fee number finds its lines too, as the productOrderId filter accepts either.
    if (line.lineId !== line.productOrderId) push(this.byProductOrder, line.lineId, line)
    push(this.byOrder, line.orderId, line)
    return line.seq
  }

  clear() {
    this.lines.length = 0
    for (const index of [this.byBasis, this.byExpect, this.byPay, this.paidOn]) index.clear()
    this.byProductOrder.clear()
    this.byOrder.clear()
  }
}

function push(map: Map<string, CaseLine[]>, key: string, line: CaseLine) {
  const list = map.get(key)
  if (list) list.push(line)
  else map.set(key, [line])
}
