/** Enumerates every state reachable through the table, for exhaustive tests and the diagram. */
import { type EventName, INTERNAL_EVENTS, MERCHANT_ACTIONS, SANDBOX_EVENTS } from './events.ts'
import { describeState, type MachineState } from './state.ts'
import { TRANSITIONS } from './table.ts'
import { type GuardCheck, transition } from './transition.ts'

export const ALL_EVENTS: readonly EventName[] = [...MERCHANT_ACTIONS, ...SANDBOX_EVENTS, ...INTERNAL_EVENTS]
/** Two guard worlds that together take every guarded branch. */
const guardWorlds: GuardCheck[] = [
  (g) => g === 'paidAtOnce' || g === 'wholeQuantity',
  (g) => g === 'awaitingDeposit' || g === 'partQuantity',
]

/**
 * All states reachable from order placement, keyed by `describeState`.
 * @example reachableStates().size // every (status, placeOrderStatus, claim, holdback) combination in use
 */
export function reachableStates(): Map<string, MachineState> {
  const seen = new Map<string, MachineState>()
  const queue: MachineState[] = []
  const visit = (s: MachineState) => {
    const key = describeState(s)
    if (!seen.has(key)) {
      seen.set(key, s)
      queue.push(s)
    }
  }
  for (const world of guardWorlds) {
    const placed = transition('new', 'place-order', world)
    if (placed.ok) for (const step of placed.steps) visit(step.after)
  }
  while (queue.length > 0) {
    const state = queue.shift()!
    for (const event of ALL_EVENTS) {
      for (const world of guardWorlds) {
        const result = transition(state, event, world)
        if (result.ok) for (const step of result.steps) visit(step.after)
      }
    }
  }
  return seen
}

/** Rows that can never fire from a reachable state (the table test asserts there are none). */
export function unreachableRows(): string[] {
  const fired = new Set<string>()
  for (const world of guardWorlds) {
    const placed = transition('new', 'place-order', world)
    if (placed.ok) for (const step of placed.steps) fired.add(step.row.id)
  }
  for (const state of reachableStates().values()) {
    for (const event of ALL_EVENTS) {
      for (const world of guardWorlds) {
        const result = transition(state, event, world)
        if (result.ok) for (const step of result.steps) fired.add(step.row.id)
      }
    }
  }
  return TRANSITIONS.filter((row) => !fired.has(row.id)).map((row) => row.id)
}
