/**
 * What must happen before an event is allowed, read from the table: the shortest run of rows from a state
 * to one that has a row for the event. The control plane's 409 tells the caller this first step, so a
 * `deliver` on a paid order says "dispatch it first" instead of only listing what is allowed.
 */
import { type EventName, MERCHANT_ACTIONS, SANDBOX_EVENTS } from './events.ts'
import { describeState, type MachineState } from './state.ts'
import { findRow, transition } from './transition.ts'

/** Merchant actions first: among equally short runs, the one the caller's own code performs wins. */
const CANDIDATES: readonly EventName[] = [...MERCHANT_ACTIONS, ...SANDBOX_EVENTS]

/** Longer runs are no hint any more: the inspection lists what is allowed now. */
const MAX_STEPS = 3

/**
 * The events that lead from `state` to one where `event` is allowed, shortest first; `[]` when it is
 * allowed now, undefined when no run of at most three events gets there.
 * @example stepsBefore(paidState, 'deliver') // ['dispatchProductOrders']
 */
export function stepsBefore(
  state: MachineState,
  event: EventName,
  candidates: readonly EventName[] = CANDIDATES,
): EventName[] | undefined {
  if (findRow(state, event)) return []
  const seen = new Set([describeState(state)])
  let frontier: { state: MachineState; path: EventName[] }[] = [{ state, path: [] }]
  for (let depth = 0; depth < MAX_STEPS; depth++) {
    const next: typeof frontier = []
    for (const { state: from, path } of frontier) {
      for (const candidate of candidates) {
        const result = transition(from, candidate)
        if (!result.ok) continue
        const steps = [...path, candidate]
        if (findRow(result.state, event)) return steps
        const key = describeState(result.state)
        if (seen.has(key)) continue
        seen.add(key)
        next.push({ state: result.state, path: steps })
      }
    }
    frontier = next
  }
  return undefined
}
