/**
 * How long before each step of a seed path it happens after the previous one: realistic delays of a
 * Korean shop (the merchant confirms within hours, the carrier delivers in a day or two, a buyer asks for
 * a return a few days after delivery), the same ranges busy-shop's fates use. Every range stays inside
 * the platform's own deadlines (deposit in 3 days, automatic decision 8 days after delivery), so a path
 * never races a timer.
 */
import type { KoreanFaker } from '../builders/fake.ts'
import type { SeedAction, SeedStep } from './driver.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** `[min, max]` ms after the previous step; `deadline`: at the deposit deadline of the order. */
type Gap = readonly [number, number] | 'deadline'

// biome-ignore format: one step per line reads as a table
const GAPS: Readonly<Record<SeedAction, Gap>> = {
  pay: [HOUR, 2 * DAY],
  'expire-payment': 'deadline',
  'change-address': [10 * MINUTE, 3 * HOUR],
  confirmProductOrders: [30 * MINUTE, 8 * HOUR],
  delayDispatch: [2 * HOUR, 20 * HOUR],
  dispatchProductOrders: [4 * HOUR, 30 * HOUR],
  deliver: [DAY, 60 * HOUR],
  'decide-purchase': [12 * HOUR, 5 * DAY],
  'buyer-cancel': [HOUR, 10 * HOUR],
  requestCancel: [HOUR, 20 * HOUR],
  approveCancel: [30 * MINUTE, 6 * HOUR],
  'admin-cancel': [HOUR, DAY],
  'buyer-return': [DAY, 4 * DAY],
  requestReturn: [DAY, 4 * DAY],
  'buyer-exchange': [DAY, 4 * DAY],
  collect: [8 * HOUR, DAY],
  'collect-done': [DAY, 2 * DAY],
  completeExchangeCollect: [DAY, 2 * DAY],
  holdbackReturn: [HOUR, 8 * HOUR],
  holdbackExchange: [HOUR, 8 * HOUR],
  releaseReturnHoldback: [DAY, 2 * DAY],
  releaseExchangeHoldback: [DAY, 2 * DAY],
  approveReturn: [2 * HOUR, 20 * HOUR],
  rejectReturn: [4 * HOUR, 30 * HOUR],
  rejectExchange: [4 * HOUR, 30 * HOUR],
  redeliverExchange: [2 * HOUR, 20 * HOUR],
  'redeliver-done': [DAY, 2 * DAY],
}

/** The last step of a path lies this long before the moment of seeding, so later requests come after it. */
const SETTLE: readonly [number, number] = [MINUTE, 30 * MINUTE]

/**
 * When each step of `path` happens, counted back from `now`: the instant the order is placed, then one
 * instant per step, the last a few minutes before `now`.
 * @example stepInstants(fake, ['confirmProductOrders'], now, 3 * DAY) // { placedAt: now - 5 h, stepsAt: [now - 12 min] }
 */
export function stepInstants(
  fake: KoreanFaker,
  path: readonly SeedStep[],
  now: number,
  paymentDueMs: number,
): { placedAt: number; stepsAt: number[] } {
  const gaps = path.map((step) => {
    const gap = GAPS[typeof step === 'string' ? step : step.action]
    return gap === 'deadline' ? paymentDueMs : fake.int(gap[0], gap[1])
  })
  let at = now - fake.int(SETTLE[0], SETTLE[1]) - gaps.reduce((sum, gap) => sum + gap, 0)
  const placedAt = at
  const stepsAt = gaps.map((gap) => {
    at += gap
    return at
  })
  return { placedAt, stepsAt }
}
