/** How many product orders per provider state a full `sandbox` run with `--allow-mutations` uses. */
import type { Suite } from '../suite.ts'
import type { ProviderStateName } from './definitions.ts'

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
export function fixtureDemand(suites: readonly Suite[]): Map<ProviderStateName, Demand> {
  const demand = new Map<ProviderStateName, Demand>()
  for (const c of suites.flatMap((s) => s.cases)) {
    for (const name of c.needs ?? []) {
      const d = demand.get(name) ?? { changed: 0, read: false }
      if (c.mutates) d.changed += 1
      else d.read = true
      demand.set(name, d)
    }
  }
  return demand
}

/**
 * Product orders to prepare per state: one per changing case, at least one when only read.
 * @example fixtureCount({ changed: 0, read: true }) // 1
 */
export function fixtureCount(demand: Demand): number {
  return Math.max(demand.changed, demand.read ? 1 : 0)
}
