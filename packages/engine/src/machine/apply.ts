/**
 * Applies the steps of a transition (a row and its follow-ups) to a stored product order. The record and
 * its order change in place, step by step: the caller takes a checkpoint first and undoes it when a step
 * throws (records.ts `checkpoint`), and appends the returned change-log rows only after every step
 * succeeded, so a failed transition leaves nothing behind.
 */
import type { ChangeEvent, LastChangedType } from '../change-log.ts'
import type { HistoryEntry, Order, ProductOrderRecord, ShippingAddress } from '../records.ts'
import { type ClaimSettings, type EventInput, runEffect } from './effects.ts'
import type { Actor } from './events.ts'
import type { Step } from './transition.ts'

export interface ApplyContext {
  order: Order
  /** Who asked for the transition: the first step's actor (follow-ups are the platform's or their row's). */
  actor: Actor
  input: EventInput
  /** The tenant's latest change-log instant: a new row never goes before it (-Infinity: history a seed backfills). */
  logLastAt: number
  /** The lastChangedType a row the table leaves silent emits under the engine's options (facts §10.1 N4, Q8). */
  optionalEmits?: ((row: Step['row']) => LastChangedType | undefined) | undefined
  newClaimId(): string
  randomAddress(): ShippingAddress
  /** The merchant's claim settings (return receive address, return delivery fee). */
  merchant?: ClaimSettings | undefined
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
    const emits = step.row.emits ?? ctx.optionalEmits?.(step.row)
    at = stepInstant(record, emits, at, ctx.logLastAt)
    enterState(record, step)
    for (const effect of step.row.effects) {
      const { order, input, newClaimId, randomAddress, merchant } = ctx
      runEffect(effect, {
        record,
        order,
        at,
        actor,
        input,
        newClaimId,
        randomAddress,
        ...(merchant ? { merchant } : {}),
      })
    }
    settleClaim(record, step)
    record.history.push(historyEntry(step, emits, at, actor))
    if (emits) rows.push(markChanged(record, ctx.order, step, emits, at))
  }
  return rows
}

/**
 * When a step happens: after this product order's previous step, never in the same millisecond (its
 * dates then follow their causes even on a frozen clock or in a follow-up chain), and a step that emits a
 * change-log row never before the log's last row.
 */
function stepInstant(
  record: ProductOrderRecord,
  emits: LastChangedType | undefined,
  at: number,
  logLastAt: number,
): number {
  const previous = record.history.at(-1)?.at ?? Number.NEGATIVE_INFINITY
  const after = Math.max(at, previous + 1)
  return emits ? Math.max(after, logLastAt) : after
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

function historyEntry(
  step: Step,
  emits: LastChangedType | undefined,
  at: number,
  actor: Actor,
): HistoryEntry {
  // Built as one literal, not spread then grown: V8 would give every entry its own hidden class.
  const entry: HistoryEntry = {
    at,
    actor,
    event: step.row.event,
    rowId: step.row.id,
    from: step.before,
    to: step.after,
  }
  if (emits) entry.lastChangedType = emits
  return entry
}

/** Moves the product order's last-changed instant and returns its change-log row (facts §7.1, §10.7). */
function markChanged(
  record: ProductOrderRecord,
  order: Order,
  step: Step,
  emits: LastChangedType,
  at: number,
): ChangeEvent {
  record.times.lastChanged = at
  record.times.lastEmitted = at
  return {
    at,
    productOrderId: record.productOrderId,
    orderId: record.orderId,
    lastChangedType: emits,
    productOrderStatus: step.after.productOrderStatus,
    claimType: step.after.claimType,
    claimStatus: step.after.claimStatus,
    paymentDate: order.paymentDate,
    receiverAddressChanged: record.receiverAddressChanged,
  }
}
