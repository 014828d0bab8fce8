/**
 * Compares what a step expected with what happened. Every difference names the field, the expected and
 * the actual value, so the report reads as a diff; nothing is checked that the file did not ask for,
 * except that requests succeed and items do not fail unless the file says they should.
 */
import type { Outcome } from './act.js'
import type { Expectation } from './format.js'
import type { Names } from './refs.js'
import type { ScenarioSession } from './session.js'
export interface Difference {
  what: string
  expected: unknown
  actual: unknown
}
/** Differences between an expected subset and an actual value (objects by key, arrays by position). */
export declare function subsetDiffs(expected: unknown, actual: unknown, what: string): Difference[]
/**
 * Every difference between the step's expectation and its outcome.
 * @example await differences(expect, outcome, { session, names, target, emitted }) // [{ what: 'claimStatus', … }]
 */
export declare function differences(
  e: Expectation,
  outcome: Outcome,
  c: {
    session: ScenarioSession
    names: Names
    target: string | undefined
    emitted: string[] | undefined
  },
): Promise<Difference[]>
