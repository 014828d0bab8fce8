/** The pure state machine over the table: match, transition, allowed events, refusal codes. */
import type { OrderErrorCode } from '@npay-sandbox/protocol'
import type { EventName } from './events.ts'
import { ANY_GUARD, type GuardCheck } from './guards.ts'
import { hasOpenClaim, type MachineState } from './state.ts'
import { REFUSALS, type StatePattern, TRANSITIONS, type TransitionRow } from './table.ts'

/** Whether a state matches a row's `from` pattern. */
export function matches(state: MachineState, pattern: StatePattern): boolean {
  if (pattern.productOrderStatus && !pattern.productOrderStatus.includes(state.productOrderStatus))
    return false
  if (pattern.placeOrderStatus && !pattern.placeOrderStatus.includes(state.placeOrderStatus)) return false
  if (pattern.claim === 'none' && hasOpenClaim(state)) return false
  if (pattern.claim && pattern.claim !== 'none') {
    if (!hasOpenClaim(state) || state.claimType !== pattern.claim.type) return false
    if (!state.claimStatus || !pattern.claim.status.includes(state.claimStatus)) return false
  }
  if (pattern.holdback === 'held' && state.holdbackStatus !== 'HOLDBACK') return false
  if (pattern.holdback === 'not-held' && state.holdbackStatus === 'HOLDBACK') return false
  return true
}

/** The row that applies to `event` in `state`, or undefined when the event is not allowed. */
export function findRow(
  state: MachineState | 'new',
  event: EventName,
  guard: GuardCheck = ANY_GUARD,
): TransitionRow | undefined {
  return TRANSITIONS.find(
    (row) =>
      row.event === event &&
      (state === 'new' ? row.from === 'new' : row.from !== 'new' && matches(state, row.from)) &&
      (row.guard === undefined || guard(row.guard)),
  )
}

/** The state after a row's patch. A new claim starts without holdback. */
export function applyPatch(state: MachineState, row: TransitionRow): MachineState {
  const p = row.to
  // One literal of fixed shape: spreading `state` and then adding keys would give every state object
  // its own V8 hidden class, and history keeps two states per step (bench/README.md).
  const next: MachineState = {
    productOrderStatus: p.productOrderStatus ?? state.productOrderStatus,
    placeOrderStatus: p.placeOrderStatus ?? state.placeOrderStatus,
    claimType: p.claimType ?? state.claimType,
    claimStatus: p.claimStatus ?? state.claimStatus,
    holdbackStatus: p.holdbackStatus ?? (p.claimType ? undefined : state.holdbackStatus),
  }
  // Holdback only matters while its claim is in progress.
  if (!hasOpenClaim(next)) next.holdbackStatus = undefined
  return next
}

/** One applied step of a transition, in order (a row and its follow-ups). */
export interface Step {
  row: TransitionRow
  before: MachineState | 'new'
  after: MachineState
}

/**
 * Runs `event` from `state`, following `next` chains. Pure: returns the steps or the refusal code.
 * @example transition(state, 'dispatchProductOrders') // { ok: true, steps: [{ row: N8, … }] }
 */
export function transition(
  state: MachineState | 'new',
  event: EventName,
  guard: GuardCheck = ANY_GUARD,
): { ok: true; steps: Step[]; state: MachineState } | { ok: false; code: OrderErrorCode } {
  const first = findRow(state, event, guard)
  if (!first) return { ok: false, code: state === 'new' ? '9999' : refusalCode(state, event) }
  const steps: Step[] = []
  let current: MachineState | 'new' = state
  let row: TransitionRow | undefined = first
  while (row) {
    const base: MachineState =
      current === 'new' ? { productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' } : current
    const after = shared(applyPatch(base, row))
    steps.push({ row, before: current === 'new' ? current : shared(current), after })
    current = after
    if (steps.length > 8) throw new Error(`transition chain from ${event} does not end`)
    row = row.next ? findRow(after, row.next, guard) : undefined
    if (steps.at(-1)?.row.next && !row)
      throw new Error(`follow-up ${steps.at(-1)?.row.next} of ${event} has no row`)
  }
  return { ok: true, steps, state: current as MachineState }
}

const SHARED_STATES = new Map<string, MachineState>()

/**
 * The one frozen object of each distinct state. Steps end up in every product order's history, and
 * there are only a few dozen reachable states: sharing them saves two objects per history entry.
 */
function shared(state: MachineState): MachineState {
  const key = `${state.productOrderStatus} ${state.placeOrderStatus} ${state.claimType} ${state.claimStatus} ${state.holdbackStatus}`
  let found = SHARED_STATES.get(key)
  if (!found) {
    found = Object.freeze({ ...state })
    SHARED_STATES.set(key, found)
  }
  return found
}

/** The failure code of a forbidden event (facts §10.6). */
export function refusalCode(state: MachineState, event: EventName): OrderErrorCode {
  const refusal = REFUSALS.find((r) => r.event === event && (r.from === undefined || matches(state, r.from)))
  return refusal?.code ?? '9999'
}

/** Events with a row for this state (guards that depend on input are assumed satisfiable). */
export function allowedEvents(state: MachineState, candidates: readonly EventName[]): EventName[] {
  return candidates.filter((event) => findRow(state, event) !== undefined)
}
