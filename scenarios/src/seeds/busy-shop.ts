/**
 * busy-shop: `count` orders arriving over `days` days on the merchant's virtual clock, each following a
 * fate (fates.ts). The simulation advances the clock from event to event, so the platform's own timers
 * (deposit deadline, automatic purchase decision) fire on the way, and stops at the end of the window:
 * recent orders are still new, older ones shipped, decided, cancelled or mid-claim, as in a real shop.
 */
import type { KoreanFaker } from '../builders/fake.ts'
import type { PlacedOrder, SeedDriver } from './driver.ts'
import { FATES, type Fate, type PlannedStep } from './fates.ts'
import type { SeedDefinition } from './types.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Relative order traffic per KST hour: quiet at night, a lunch bump and an evening peak. */
// biome-ignore format: 24 values, one per hour
const HOURLY_TRAFFIC = [3, 2, 1, 1, 1, 1, 2, 4, 6, 8, 9, 10, 12, 10, 9, 9, 9, 10, 11, 13, 15, 16, 14, 8]
const KST_MS = 9 * HOUR

interface Planned {
  at: number
  order: number
  seq: number
  step?: PlannedStep
}

/** When each order arrives: a random day of the window, an hour by traffic, a random minute. */
function arrivals(fake: KoreanFaker, start: number, count: number, days: number): number[] {
  const hours = HOURLY_TRAFFIC.map((weight, value) => ({ weight, value }))
  const dayStart = start - ((start + KST_MS) % DAY)
  const out: number[] = []
  while (out.length < count) {
    const at = dayStart + fake.int(0, days) * DAY + fake.weighted(hours) * HOUR + fake.int(0, HOUR - 1)
    if (at > start && at < start + days * DAY) out.push(at)
  }
  return out.sort((a, b) => a - b)
}

function schedule(fake: KoreanFaker, start: number, count: number, days: number) {
  const fates: Fate[] = []
  const events: Planned[] = []
  arrivals(fake, start, count, days).forEach((arrival, order) => {
    const fate = fake.weighted(FATES.map((value) => ({ weight: value.weight, value })))
    fates.push(fate)
    events.push({ at: arrival, order, seq: 0 })
    let at = arrival
    fate.plan(fake).forEach((step, i) => {
      at += step.after
      events.push({ at, order, seq: i + 1, step })
    })
  })
  events.sort((a, b) => a.at - b.at || a.order - b.order || a.seq - b.seq)
  return { fates, events }
}

function simulate(driver: SeedDriver, count: number, days: number, progress: (done: number) => void) {
  const { fake, tenant } = driver
  const start = tenant.now()
  const end = start + days * DAY
  const { fates, events } = schedule(fake, start, count, days)
  const orders: (PlacedOrder | undefined)[] = []
  const dropped = new Set<number>()
  for (const [i, e] of events.entries()) {
    if (e.at >= end) break
    if (e.at > tenant.now()) tenant.advance(e.at - tenant.now())
    if (i % 64 === 0) progress(Math.min(count, Math.floor(((e.at - start) / (end - start)) * count)))
    if (dropped.has(e.order)) continue
    const fate = fates[e.order]!
    if (!e.step) {
      const minQuantity = fate.minQuantity
      const quantity = minQuantity ? fake.int(minQuantity, minQuantity + 1) : undefined
      orders[e.order] = driver.place({
        items: fake.weighted(ITEMS),
        paid: !fate.unpaid,
        ...(quantity ? { quantity } : {}),
      })
      continue
    }
    const ids = orders[e.order]!.productOrderIds
    try {
      driver.apply(e.step.step, e.step.target === 'all' ? ids : ids.slice(0, 1))
    } catch {
      // A plan never races the platform's timers, so a refusal is a surprise: keep the order as it is.
      dropped.add(e.order)
    }
  }
  if (end > tenant.now()) tenant.advance(end - tenant.now())
  progress(count)
  const placed = orders.filter((o): o is PlacedOrder => o !== undefined)
  return { orders: placed, refused: dropped.size }
}

/** Lines per order: mostly one, sometimes two or three. */
const ITEMS = [
  { weight: 80, value: 1 },
  { weight: 15, value: 2 },
  { weight: 5, value: 3 },
]

/**
 * The busy-shop seed definition.
 * @example applySeed(engine, 'busy-shop', { count: 500, params: { days: 14 } })
 */
export const busyShop: SeedDefinition = {
  name: 'busy-shop',
  description:
    'N days of mixed traffic: new, shipped, decided, cancelled and mid-claim orders (moves the clock)',
  defaultCount: 200,
  params: [
    {
      name: 'days',
      description: 'days of traffic; the clock ends this far ahead',
      default: 14,
      min: 1,
      max: 90,
    },
  ],
  movesClock: true,
  run({ driver, count, params, progress }) {
    const { orders, refused } = simulate(driver, count, params.days ?? 14, progress)
    return { orders, productOrderIds: orders.flatMap((o) => o.productOrderIds), refused }
  },
}
