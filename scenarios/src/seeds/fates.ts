/**
 * What happens to the orders of busy-shop: each order draws one fate by weight, and a fate is a timed
 * plan of steps. Weights follow a typical Korean open-market shop: most orders ship and are decided
 * (half of them by the 8-day automatic decision), a few percent are cancelled, returned or exchanged.
 * Every delay keeps a plan inside the platform's own deadlines (deposit in 3 days, decision in 8), so
 * no planned step races an automatic one.
 */
import type { KoreanFaker } from '../builders/fake.ts'
import type { SeedStep } from './driver.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** One planned step: how long after the previous one, what, and on which product orders. */
export interface PlannedStep {
  after: number
  step: SeedStep
  /** `all` product orders of the order, or only the `first` (claims are per line). */
  target: 'all' | 'first'
}

export interface Fate {
  name: string
  weight: number
  unpaid?: boolean
  /** Units per line at least (a partial cancel needs two). */
  minQuantity?: number
  plan(fake: KoreanFaker): PlannedStep[]
}

type Plan = (f: KoreanFaker) => PlannedStep[]
const wait = (f: KoreanFaker, min: number, max: number) => f.int(min, max)
const all = (after: number, step: SeedStep): PlannedStep => ({ after, step, target: 'all' })
const first = (after: number, step: SeedStep): PlannedStep => ({ after, step, target: 'first' })

const ship: Plan = (f) => [
  all(wait(f, 30 * MINUTE, 8 * HOUR), 'confirmProductOrders'),
  all(wait(f, 4 * HOUR, 30 * HOUR), 'dispatchProductOrders'),
  all(wait(f, DAY, 60 * HOUR), 'deliver'),
]
const afterDelivery = (f: KoreanFaker) => wait(f, DAY, 4 * DAY)
const collected = (f: KoreanFaker): PlannedStep[] => [
  first(wait(f, 8 * HOUR, DAY), 'collect'),
  first(wait(f, DAY, 2 * DAY), 'collect-done'),
]

// biome-ignore format: one fate per entry reads as a table
export const FATES: readonly Fate[] = [
  { name: 'decided by the buyer', weight: 250, plan: (f) => [...ship(f), all(wait(f, 12 * HOUR, 5 * DAY), 'decide-purchase')] },
  { name: 'decided automatically', weight: 300, plan: ship },
  { name: 'dispatch delayed', weight: 50, plan: (f) => [all(wait(f, HOUR, 8 * HOUR), 'confirmProductOrders'), all(wait(f, 2 * HOUR, 20 * HOUR), 'delayDispatch'), all(wait(f, DAY, 3 * DAY), 'dispatchProductOrders'), all(wait(f, DAY, 2 * DAY), 'deliver')] },
  { name: 'address changed', weight: 30, plan: (f) => [all(wait(f, 10 * MINUTE, 3 * HOUR), 'change-address'), ...ship(f)] },
  { name: 'deposit received', weight: 70, unpaid: true, plan: (f) => [all(wait(f, HOUR, 2 * DAY), 'pay'), ...ship(f)] },
  { name: 'deposit never came', weight: 30, unpaid: true, plan: () => [] },
  { name: 'cancelled by the buyer while unpaid', weight: 10, unpaid: true, plan: (f) => [all(wait(f, HOUR, 20 * HOUR), 'buyer-cancel')] },
  { name: 'cancelled by the buyer before confirmation', weight: 40, plan: (f) => [all(wait(f, 5 * MINUTE, 2 * HOUR), 'buyer-cancel')] },
  { name: 'cancel requested and approved', weight: 30, plan: (f) => [all(wait(f, 30 * MINUTE, 4 * HOUR), 'confirmProductOrders'), all(wait(f, HOUR, 10 * HOUR), 'buyer-cancel'), all(wait(f, 30 * MINUTE, 6 * HOUR), 'approveCancel')] },
  { name: 'cancel request overtaken by dispatch', weight: 10, plan: (f) => [all(wait(f, 30 * MINUTE, 4 * HOUR), 'confirmProductOrders'), all(wait(f, HOUR, 10 * HOUR), 'buyer-cancel'), all(wait(f, 30 * MINUTE, 3 * HOUR), 'dispatchProductOrders'), all(wait(f, DAY, 2 * DAY), 'deliver')] },
  { name: 'cancelled by the seller (sold out)', weight: 20, plan: (f) => [all(wait(f, HOUR, 20 * HOUR), 'requestCancel')] },
  { name: 'partly cancelled, rest shipped', weight: 20, minQuantity: 2, plan: (f) => [first(wait(f, HOUR, 10 * HOUR), { action: 'requestCancel', quantity: 1 }), ...ship(f)] },
  { name: 'cancelled by Naver', weight: 5, plan: (f) => [all(wait(f, HOUR, DAY), 'admin-cancel')] },
  { name: 'returned', weight: 50, plan: (f) => [...ship(f), first(afterDelivery(f), 'buyer-return'), ...collected(f), first(wait(f, 2 * HOUR, 20 * HOUR), 'approveReturn')] },
  { name: 'return held for the fee, then approved', weight: 20, plan: (f) => [...ship(f), first(afterDelivery(f), 'buyer-return'), ...collected(f), first(wait(f, HOUR, 8 * HOUR), 'holdbackReturn'), first(wait(f, DAY, 2 * DAY), 'releaseReturnHoldback'), first(wait(f, HOUR, 6 * HOUR), 'approveReturn')] },
  { name: 'return rejected', weight: 10, plan: (f) => [...ship(f), first(afterDelivery(f), 'buyer-return'), first(wait(f, 4 * HOUR, 30 * HOUR), 'rejectReturn')] },
  { name: 'returned on the seller\'s request', weight: 5, plan: (f) => [...ship(f), first(afterDelivery(f), 'requestReturn'), ...collected(f), first(wait(f, 2 * HOUR, 20 * HOUR), 'approveReturn')] },
  { name: 'exchanged', weight: 30, plan: (f) => [...ship(f), first(afterDelivery(f), 'buyer-exchange'), first(wait(f, 8 * HOUR, DAY), 'collect'), first(wait(f, DAY, 2 * DAY), f.chance() < 0.5 ? 'collect-done' : 'completeExchangeCollect'), first(wait(f, 2 * HOUR, 20 * HOUR), 'redeliverExchange'), first(wait(f, DAY, 2 * DAY), 'redeliver-done')] },
  { name: 'exchange held for the fee, then sent', weight: 10, plan: (f) => [...ship(f), first(afterDelivery(f), 'buyer-exchange'), ...collected(f), first(wait(f, HOUR, 8 * HOUR), 'holdbackExchange'), first(wait(f, DAY, 2 * DAY), 'releaseExchangeHoldback'), first(wait(f, HOUR, 6 * HOUR), 'redeliverExchange'), first(wait(f, DAY, 2 * DAY), 'redeliver-done')] },
  { name: 'exchange rejected', weight: 10, plan: (f) => [...ship(f), first(afterDelivery(f), 'buyer-exchange'), first(wait(f, 4 * HOUR, 30 * HOUR), 'rejectExchange')] },
]
