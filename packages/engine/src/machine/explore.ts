/** Reachable states and rows, read from the walk over the table (exhaustive tests, the diagram). */
import { ALL_EVENTS } from './events.ts'
import type { MachineState } from './state.ts'
import { TRANSITIONS } from './table.ts'
import { walk } from './walk.ts'

export { ALL_EVENTS }

/**
 * All states reachable from order placement, keyed by `describeState`.
 * @example reachableStates().size // every (status, placeOrderStatus, claim, holdback) combination in use
 */
export function reachableStates(): Map<string, MachineState> {
  return new Map(walk().states)
}

/** Rows that can never fire from a reachable state (the table test asserts there are none). */
export function unreachableRows(): string[] {
  const fired = new Set(walk().edges.flatMap((edge) => edge.steps.map((step) => step.row.id)))
  return TRANSITIONS.filter((row) => !fired.has(row.id)).map((row) => row.id)
}
