/**
 * Timers that entering a state starts (facts §10.1 N4, N10; §10.4 E6): an unpaid order expires at its
 * deposit deadline, and a delivered or exchanged one is purchase-decided automatically some days later.
 * The clock fires the event when it falls due, if the table still allows it then.
 */
import type { Milestones } from '../records.ts'
import type { EventName } from './events.ts'
import type { LastChangedType, MachineState, ProductOrderStatus } from './state.ts'
import type { TransitionRow } from './table.ts'

const DAY_MS = 86_400_000

export interface Timer {
  /** The status whose entry starts the timer. */
  status: ProductOrderStatus
  /** The milestone it counts from. */
  from: keyof Milestones
  /** `deadline`: the milestone is the due instant itself; `auto-purchase-decision`: that many days after it. */
  delay: 'deadline' | 'auto-purchase-decision'
  /** What the clock does when it falls due. */
  event: TimerEvent
}

/** Events a timer fires. */
export type TimerEvent = 'expire-payment' | 'decide-purchase'

// biome-ignore format: one timer per line reads as a table
export const TIMERS: readonly Timer[] = [
  { status: 'PAYMENT_WAITING', from: 'paymentDue', delay: 'deadline', event: 'expire-payment' },
  { status: 'DELIVERED', from: 'delivered', delay: 'auto-purchase-decision', event: 'decide-purchase' },
  { status: 'EXCHANGED', from: 'exchangeCompleted', delay: 'auto-purchase-decision', event: 'decide-purchase' },
]

export interface TimerOptions {
  /** Days until the automatic purchase decision; 0 = never. */
  autoPurchaseDecisionDays: number
}

/** A started timer: what it fires, when, and the milestone instant it counts from. */
export interface DueTimer {
  due: number
  event: TimerEvent
  /** The milestone's instant when the timer started: the timer is stale once the milestone moves. */
  since: number
}

/**
 * The event a product order's timer will fire and when, or undefined when its state starts none.
 * @example dueTimer(deliveredState, { delivered: at, … }, { autoPurchaseDecisionDays: 8 }) // { due: at + 8 days, event: 'decide-purchase', since: at }
 */
export function dueTimer(
  state: MachineState,
  times: Milestones,
  options: TimerOptions,
): DueTimer | undefined {
  const timer = TIMERS.find((t) => t.status === state.productOrderStatus)
  const since = timer && times[timer.from]
  if (!timer || since === undefined) return undefined
  if (timer.delay === 'deadline') return { due: since, event: timer.event, since }
  if (options.autoPurchaseDecisionDays <= 0) return undefined
  return { due: since + options.autoPurchaseDecisionDays * DAY_MS, event: timer.event, since }
}

/** What a fired timer did, for the clock's report. */
export function timerDescription(event: EventName, options: TimerOptions): string {
  return event === 'decide-purchase'
    ? `automatic purchase decision ${options.autoPurchaseDecisionDays} days after delivery`
    : 'deposit deadline passed: CANCELED_BY_NOPAYMENT'
}

/**
 * What the deposit deadline (N4, `expire-payment`) writes to the change log: the table leaves the row
 * silent because the real lastChangedType is unknown (facts §10.1 N4, open Q8); the engine option
 * `paymentExpiryLastChangedType` names one, or `none` (the default) keeps it silent.
 * @example expiryEmits({ paymentExpiryLastChangedType: 'CLAIM_COMPLETED' })?.(n4Row) // 'CLAIM_COMPLETED'
 */
export function expiryEmits(options: {
  paymentExpiryLastChangedType: LastChangedType | 'none'
}): ((row: TransitionRow) => LastChangedType | undefined) | undefined {
  const type = options.paymentExpiryLastChangedType
  if (type === 'none') return undefined
  return (row) => (row.event === 'expire-payment' && !row.emits ? type : undefined)
}
