/**
 * What happens to the orders of busy-shop: each order draws one fate by weight, and a fate is a timed
 * plan of steps. Weights follow a typical Korean open-market shop: most orders ship and are decided
 * (half of them by the 8-day automatic decision), a few percent are cancelled, returned or exchanged.
 * Every delay keeps a plan inside the platform's own deadlines (deposit in 3 days, decision in 8), so
 * no planned step races an automatic one.
 */
import type { KoreanFaker } from '../builders/fake.js'
import type { SeedStep } from './driver.js'
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
export declare const FATES: readonly Fate[]
