/** What one committed transition did, for derived data (settlement, reviews, lint). */
import type { EventInput } from './machine/effects.ts'
import type { Actor } from './machine/events.ts'
import type { Step } from './machine/transition.ts'
import type { Order, ProductOrderRecord } from './records.ts'

/**
 * One committed transition of a product order; `Source` is whoever committed it (the tenant).
 * @example tenant.onCommit(({ record, steps }) => console.log(record.productOrderId, steps.map((s) => s.row.id)))
 */
export interface CommitEvent<Source = unknown> {
  tenant: Source
  record: ProductOrderRecord
  order: Order
  steps: Step[]
  actor: Actor
  input: EventInput
  /** The instant of the first step. */
  at: number
}
