/** How many product orders per provider state a full `sandbox` run with `--allow-mutations` uses. */
import type { Suite } from '../suite.js'
import type { ProviderStateName } from './definitions.js'
export interface Demand {
  /** Cases that change a product order in the state: each needs one of its own. */
  changed: number
  /** Whether read-only cases read one (they may share one that a later case changes). */
  read: boolean
}
/**
 * The demand per provider state of the given suites.
 * @example fixtureDemand(SUITES).get('a paid product order') // { changed: 6, read: true }
 */
export declare function fixtureDemand(suites: readonly Suite[]): Map<ProviderStateName, Demand>
/**
 * Product orders to prepare per state: one per changing case, at least one when only read.
 * @example fixtureCount({ changed: 0, read: true }) // 1
 */
export declare function fixtureCount(demand: Demand): number
