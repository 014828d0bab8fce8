/**
 * Applies the steps of a transition (a row and its follow-ups) to a stored product order. The record and
 * its order change in place, step by step: the caller takes a checkpoint first and undoes it when a step
 * throws (records.ts `checkpoint`), and appends the returned change-log rows only after every step
 * succeeded, so a failed transition leaves nothing behind.
 */
import type { ChangeEvent } from '../change-log.ts'
import type { HistoryEntry, Order, ProductOrderRecord, ShippingAddress } from '../records.ts'
import { type EventInput, runEffect } from './effects.ts'
import type { Actor } from './events.ts'
import type { Step } from './transition.ts'

export interface ApplyContext {
  order: Order
  /** Who asked for the transition: the first step's actor (follow-ups are the platform's or their row's). */
  actor: Actor
  input: EventInput
  /** The tenant's latest change-log instant: a new row never goes before it. */
  logLastAt: number
  newClaimId(): string
  randomAddress(): ShippingAddress
}

/**
 * Runs every step from `startAt` on; returns the change-log rows the steps emit, for the caller to append.
 * @example const rows = applySteps(record, transition(stateOf(record), 'deliver').steps, now, ctx)
 */
export function applySteps(
  record: ProductOrderRecord,
  steps: readonly Step[],
  startAt: number,
  ctx: ApplyContext,
): ChangeEvent[] {
  const rows: ChangeEvent[] = []
  let at = startAt
  for (const [i, step] of steps.entries()) {
    const actor = i === 0 ? ctx.actor : step.row.actor
    at = stepInstant(record, step, at, ctx.logLastAt)
    enterState(record, step)
    for (const effect of step.row.effects) {
      const { order, input, newClaimId, randomAddress } = ctx
      runEffect(effect, { record, order, at, actor, input, newClaimId, randomAddress })
    }
    settleClaim(record, step)
    record.history.push(historyEntry(step, at, actor))
    if (step.row.emits) rows.push(markChanged(record, ctx.order, step, at))
  }
  return rows
}

/**
 * When a step happens: a step that emits a change-log row is never before the log's last row, and never
 * at the instant of this product order's previous row (rows of one order never share an instant).
 */
function stepInstant(record: ProductOrderRecord, step: Step, at: number, logLastAt: number): number {
  if (!step.row.emits) return at
  return Math.max(at, logLastAt, (record.times.lastEmitted ?? Number.NEGATIVE_INFINITY) + 1)
}

/**
 * Writes the state after the step onto the product order. The open claim block follows its status
 * before effects run, so an archived copy carries the final one; a row that opens a new claim leaves the
 * old block (a finished claim) as it was.
 */
function enterState(record: ProductOrderRecord, step: Step) {
  const po = record.productOrder
  const s = step.after
  po.productOrderStatus = s.productOrderStatus
  po.placeOrderStatus = s.placeOrderStatus
  if (s.claimType) po.claimType = s.claimType
  if (s.claimStatus) po.claimStatus = s.claimStatus
  if (record.claim && !step.row.to.claimType && s.claimStatus) record.claim.claimStatus = s.claimStatus
}

/** After the effects, the claim block (a new one, if the row opened it) carries the status and holdback. */
function settleClaim(record: ProductOrderRecord, step: Step) {
  if (!record.claim) return
  if (step.after.claimStatus) record.claim.claimStatus = step.after.claimStatus
  if (step.row.to.holdbackStatus) record.claim.holdbackStatus = step.row.to.holdbackStatus
}

function historyEntry(step: Step, at: number, actor: Actor): HistoryEntry {
  // Built as one literal, not spread then grown: V8 would give every entry its own hidden class.
  const entry: HistoryEntry = {
    at,
    actor,
    event: step.row.event,
    rowId: step.row.id,
    from: step.before,
    to: step.after,
  }
  if (step.row.emits) entry.lastChangedType = step.row.emits
  return entry
}

/** Moves the product order's last-changed instant and returns its change-log row (facts §7.1, §10.7). */
function markChanged(record: ProductOrderRecord, order: Order, step: Step, at: number): ChangeEvent {
  record.times.lastChanged = at
  record.times.lastEmitted = at
  return {
    at,
    productOrderId: record.productOrderId,
    orderId: record.orderId,
    lastChangedType: step.row.emits!,
    productOrderStatus: step.after.productOrderStatus,
    claimType: step.after.claimType,
    claimStatus: step.after.claimStatus,
    paymentDate: order.paymentDate,
    receiverAddressChanged: record.receiverAddressChanged,
  }
}
