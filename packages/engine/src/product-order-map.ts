/**
 * A tenant's product orders by id, in the order they were placed. A store may hand over a product order
 * as a `DeferredProductOrder`: its head (ids, machine state, milestones), which is all an import and the
 * due queue need, and a way to read the whole record, called on first use. A restart of a large
 * `--state-file` sandbox so reads a few hundred bytes per product order instead of parsing ~10 KB of
 * JSON for each (docs/decisions/0004-durable-state.md).
 */
import type { MachineState } from './machine/state.ts'
import {
  type Milestones,
  type ProductOrderRecord,
  type ReadonlyProductOrderRecord,
  stateOf,
} from './records.ts'

/** What the engine reads of a product order without its whole record. */
export interface ProductOrderHead {
  productOrderId: string
  orderId: string
  state: MachineState
  times: Milestones
  /** The other ids the record holds (package number, claim ids), never handed out again. */
  ids: string[]
}

/**
 * The head of a stored product order, as a store saves it beside the record.
 * @example JSON.stringify(productOrderHead(record))
 */
export function productOrderHead(record: ReadonlyProductOrderRecord): ProductOrderHead {
  const ids: string[] = []
  if (record.productOrder.packageNumber) ids.push(record.productOrder.packageNumber)
  for (const claim of [record.claim, ...record.completedClaims]) if (claim?.claimId) ids.push(claim.claimId)
  return {
    productOrderId: record.productOrderId,
    orderId: record.orderId,
    state: stateOf(record),
    times: record.times as Milestones,
    ids,
  }
}

/**
 * A product order a store has not read yet: its head now, the record when `read` is first called.
 * @example new DeferredProductOrder(head, () => JSON.parse(db.rowOf(head.productOrderId)))
 */
export class DeferredProductOrder {
  constructor(
    readonly head: ProductOrderHead,
    readonly read: () => ProductOrderRecord,
  ) {}
}

/** Keeps the ids a product order holds from being handed out again. */
export function reserveIds(ids: { reserve(id: string): void }, head: ProductOrderHead) {
  ids.reserve(head.productOrderId)
  for (const id of head.ids) ids.reserve(id)
}

/** The head of a record or of a deferred product order. */
export function headOf(entry: ProductOrderRecord | DeferredProductOrder): ProductOrderHead {
  return entry instanceof DeferredProductOrder ? entry.head : productOrderHead(entry)
}

export class ProductOrderMap {
  private readonly entries = new Map<string, ProductOrderRecord | DeferredProductOrder>()

  get size(): number {
    return this.entries.size
  }

  has(productOrderId: string): boolean {
    return this.entries.has(productOrderId)
  }

  /** The record, read from its store first if it was deferred. */
  get(productOrderId: string): ProductOrderRecord | undefined {
    const entry = this.entries.get(productOrderId)
    if (!(entry instanceof DeferredProductOrder)) return entry
    const record = entry.read()
    if (record.productOrderId !== productOrderId)
      throw new Error(`product order ${productOrderId} read back as ${record.productOrderId}`)
    this.entries.set(productOrderId, record)
    return record
  }

  set(productOrderId: string, record: ProductOrderRecord | DeferredProductOrder) {
    this.entries.set(productOrderId, record)
  }

  delete(productOrderId: string): boolean {
    return this.entries.delete(productOrderId)
  }

  clear() {
    this.entries.clear()
  }

  keys(): IterableIterator<string> {
    return this.entries.keys()
  }

  /** Every record in placement order (deferred ones are read). */
  *values(): IterableIterator<ProductOrderRecord> {
    for (const id of this.entries.keys()) yield this.get(id)!
  }

  /** Every product order's head in placement order, without reading deferred records. */
  *heads(): IterableIterator<ProductOrderHead> {
    for (const entry of this.entries.values()) yield headOf(entry)
  }

  /** How many records have not been read from their store yet. */
  deferredCount(): number {
    let n = 0
    for (const entry of this.entries.values()) if (entry instanceof DeferredProductOrder) n++
    return n
  }
}
