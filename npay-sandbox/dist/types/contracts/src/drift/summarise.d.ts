/** Differences counted per operation, for the table at the top of the drift report. */
import type { Cassette } from '../cassettes/cassette.js'
import type { Difference, DifferenceKind, OperationDrift } from './types.js'
/**
 * One row per operation seen in the cassettes or the differences, sorted by operationId.
 * @example summariseOperations(cassettes, differences)[0] // { operationId: 'approveCancel', cases: 2, differences: { status: 0, … } }
 */
export declare function summariseOperations(
  cassettes: readonly Cassette[],
  differences: readonly Difference[],
): OperationDrift[]
/** Every difference kind, in report order. */
export declare const DIFFERENCE_KINDS: readonly DifferenceKind[]
