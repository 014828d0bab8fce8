/**
 * Timers that entering a state starts (facts §10.1 N4, N10; §10.4 E6): an unpaid order expires at its
 * deposit deadline, and a delivered or exchanged one is purchase-decided automatically some days later.
 * The clock fires the event when it falls due, if the table still allows it then.
 */
import type { Milestones } from '../records.ts'
import type { EventName } from './events.ts'
import type { MachineState, ProductOrderStatus } from './state.ts'

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

/**
 * The event a product order's timer will fire and when, or undefined when its state starts none.
 * @example dueTimer(deliveredState, { delivered: at, … }, { autoPurchaseDecisionDays: 8 }) // { due: at + 8 days, event: 'decide-purchase' }
 */
export function dueTimer(
  state: MachineState,
  times: Milestones,
  options: TimerOptions,
): { due: number; event: TimerEvent } | undefined {
  const timer = TIMERS.find((t) => t.status === state.productOrderStatus)
  const from = timer && times[timer.from]
  if (!timer || from === undefined) return undefined
  if (timer.delay === 'deadline') return { due: from, event: timer.event }
  if (options.autoPurchaseDecisionDays <= 0) return undefined
  return { due: from + options.autoPurchaseDecisionDays * DAY_MS, event: timer.event }
}

/** What a fired timer did, for the clock's report. */
export function timerDescription(event: EventName, options: TimerOptions): string {
  return event === 'decide-purchase'
    ? `automatic purchase decision ${options.autoPurchaseDecisionDays} days after delivery`
    : 'deposit deadline passed: CANCELED_BY_NOPAYMENT'
}
