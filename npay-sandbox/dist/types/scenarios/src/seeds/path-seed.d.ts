/** A seed that places `count` orders and walks every product order down one fixed path. */
import type { SeedStep } from './driver.js'
import type { SeedDefinition, SeedParam, StatePromise } from './types.js'
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
export declare function pathSeed(init: PathSeedInit): SeedDefinition
