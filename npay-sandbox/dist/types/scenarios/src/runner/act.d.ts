import type { Step } from './format.js'
import { type Names } from './refs.js'
import type { Exchange, ScenarioSession } from './session.js'
/** One request of a step and its answer. */
export interface Answer {
  status: number
  body: unknown
  /** Error code of an error response. */
  code?: string | undefined
  sent?: Exchange | undefined
}
export interface Outcome {
  /** Product orders the step acted on, in order. */
  targets: string[]
  answers: Answer[]
}
export interface StepContext {
  session: ScenarioSession
  names: Names
  clock: {
    now: number
    start: number
  }
  tracking(): string
}
/**
 * Performs one step; a step with only `expect` does nothing.
 * @example await perform({ advance: '8d' }, ctx) // { targets: [], answers: [{ status: 200, … }] }
 */
export declare function perform(step: Step, c: StepContext): Promise<Outcome>
