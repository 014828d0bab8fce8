/**
 * What the table's guards mean: how an event's input (and the product order it acts on) decides between
 * rows of the same event, and the two imagined inputs that together take every guarded branch when the
 * table is explored without an order.
 */
import { type ProductOrderRecord, stateOf } from '../records.ts'
import type { EventInput } from './effects.ts'
import { hasOpenClaim } from './state.ts'
import type { GuardName } from './table.ts'

/** Answers a row's guard for the input at hand. */
export type GuardCheck = (guard: GuardName) => boolean

/** Every guard passes: "could this row ever apply?". */
export const ANY_GUARD: GuardCheck = () => true

/**
 * The guards of a real event: payment from the order input, quantity from what the event asks for
 * against what remains. Without a record (order placement) quantity guards pass.
 * @example transition(stateOf(record), 'requestCancel', guardCheck({ quantity: 1 }, record))
 */
export function guardCheck(input: EventInput, record?: ProductOrderRecord): GuardCheck {
  return (guard) => {
    if (guard === 'paidAtOnce') return input.paid !== false
    if (guard === 'awaitingDeposit') return input.paid === false
    if (!record) return true
    const po = record.productOrder
    const remain = po.remainQuantity ?? po.quantity ?? 1
    // An open cancel claim (buyer request being approved) carries the quantity it asked for.
    const openCancel = po.claimType === 'CANCEL' && hasOpenClaim(stateOf(record))
    const requested = input.quantity ?? (openCancel ? record.claim?.requestQuantity : undefined) ?? remain
    const whole = requested >= remain
    return guard === 'wholeQuantity' ? whole : !whole
  }
}

/** An imagined input for exploring the table: a name for docs and tests, and its guard answers. */
export interface GuardWorld {
  name: string
  check: GuardCheck
}

/** Two worlds that together take every guarded branch of the table. */
export const GUARD_WORLDS: readonly GuardWorld[] = [
  { name: 'paid at once, whole quantity', check: (g) => g === 'paidAtOnce' || g === 'wholeQuantity' },
  { name: 'awaiting deposit, part quantity', check: (g) => g === 'awaitingDeposit' || g === 'partQuantity' },
]
