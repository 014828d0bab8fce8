/** Enumerates every state reachable through the table, for exhaustive tests and the diagram. */
import { type EventName } from './events.js'
import { type MachineState } from './state.js'
export declare const ALL_EVENTS: readonly EventName[]
/**
 * All states reachable from order placement, keyed by `describeState`.
 * @example reachableStates().size // every (status, placeOrderStatus, claim, holdback) combination in use
 */
export declare function reachableStates(): Map<string, MachineState>
/** Rows that can never fire from a reachable state (the table test asserts there are none). */
export declare function unreachableRows(): string[]
