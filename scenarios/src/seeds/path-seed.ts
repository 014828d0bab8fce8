/**
 * A seed that places `count` orders and walks every product order down one fixed path. Each order's
 * history lies in the past with realistic gaps (step-gaps.ts) and ends minutes before the moment of
 * seeding: the orders were placed hours or days ago and are now in the promised state. The clock does
 * not move; every step runs through the engine at its own instant (`Tenant.backdate`).
 */
import type { PlacedOrder, SeedStep } from './driver.ts'
import { stepInstants } from './step-gaps.ts'
import type { SeedDefinition, SeedParam, StatePromise } from './types.ts'

/** Lines per order, common to every path seed. */
const ITEMS: SeedParam = {
  name: 'items',
  description: 'product orders (lines) per order',
  default: 1,
  min: 1,
  max: 5,
}

export interface PathSeedInit {
  name: string
  description: string
  promise: StatePromise
  path: readonly SeedStep[] | ((params: Readonly<Record<string, number>>) => readonly SeedStep[])
  /** Orders wait for a deposit instead of being paid at once. */
  unpaid?: boolean
  params?: readonly SeedParam[]
  /** Name of the parameter giving the units per line (default: random 1–3). */
  quantity?: string
  validate?: SeedDefinition['validate']
}

/**
 * Defines a path seed.
 * @example pathSeed({ name: 'dispatched', description: '…', promise: { productOrderStatus: 'DELIVERING' },
 *   path: ['confirmProductOrders', 'dispatchProductOrders'] })
 */
export function pathSeed(init: PathSeedInit): SeedDefinition {
  return {
    name: init.name,
    description: init.description,
    promise: init.promise,
    defaultCount: 1,
    params: [ITEMS, ...(init.params ?? [])],
    movesClock: false,
    ...(init.validate ? { validate: init.validate } : {}),
    run({ driver, count, params, progress }) {
      const path = typeof init.path === 'function' ? init.path(params) : init.path
      const orders: PlacedOrder[] = []
      const now = driver.tenant.now()
      for (let i = 0; i < count; i++) {
        const { placedAt, stepsAt } = stepInstants(driver.fake, path, now, driver.paymentDueMs)
        const order = driver.at(placedAt, () =>
          driver.place({
            items: params.items ?? 1,
            ...(init.quantity ? { quantity: params[init.quantity] ?? 1 } : {}),
            paid: !init.unpaid,
          }),
        )
        for (const [j, step] of path.entries())
          driver.at(stepsAt[j]!, () => driver.apply(step, order.productOrderIds))
        orders.push(order)
        progress(i + 1)
      }
      return { orders, productOrderIds: orders.flatMap((o) => o.productOrderIds) }
    },
  }
}
