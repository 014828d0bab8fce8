/** The pure state machine over the table: match, transition, allowed events, refusal codes. */
import type { OrderErrorCode } from '../../../protocol/src/index.js'
import type { EventName } from './events.js'
import { type MachineState } from './state.js'
import { type GuardName, type StatePattern, type TransitionRow } from './table.js'
/** Answers a row's guard for the input at hand; `undefined` input means "could it ever pass?". */
export type GuardCheck = (guard: GuardName) => boolean
/** Whether a state matches a row's `from` pattern. */
export declare function matches(state: MachineState, pattern: StatePattern): boolean
/** The row that applies to `event` in `state`, or undefined when the event is not allowed. */
export declare function findRow(
  state: MachineState | 'new',
  event: EventName,
  guard?: GuardCheck,
): TransitionRow | undefined
/** The state after a row's patch. A new claim starts without holdback. */
export declare function applyPatch(state: MachineState, row: TransitionRow): MachineState
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
export declare function transition(
  state: MachineState | 'new',
  event: EventName,
  guard?: GuardCheck,
):
  | {
      ok: true
      steps: Step[]
      state: MachineState
    }
  | {
      ok: false
      code: OrderErrorCode
    }
/** The failure code of a forbidden event (facts §10.6). */
export declare function refusalCode(state: MachineState, event: EventName): OrderErrorCode
/** Events with a row for this state (guards that depend on input are assumed satisfiable). */
export declare function allowedEvents(state: MachineState, candidates: readonly EventName[]): EventName[]
