/**
 * Runs one scenario file in a fresh session: step by step, each action then its expectation, stopping
 * at the first failing step (later steps build on it) and recording what was sent, what came back and
 * what differed for the report.
 */
import type { Answer } from './act.js'
import { type Difference } from './expect.js'
import type { LoadedScenario, Step } from './format.js'
import type { ScenarioTarget } from './session.js'
export interface StepResult {
  index: number
  line: number | undefined
  label: string
  status: 'passed' | 'failed' | 'skipped'
  answers: Answer[]
  differences: Difference[]
  /** A problem with the step itself (an unknown name, an unreachable server). */
  error?: string
}
export interface ScenarioResult {
  path: string
  name: string
  passed: boolean
  steps: StepResult[]
  /** Transition rows this scenario's merchants went through. */
  rows: Map<string, number>
  /** Business error codes in the responses it received. */
  codes: Map<string, number>
  durationMs: number
}
/** A one-line description of a step for the report. */
export declare function labelOf(step: Step): string
/**
 * Runs one loaded scenario on a new session of `target`.
 * @example const result = await runScenario(loadScenario('return.yaml'), target); result.passed
 */
export declare function runScenario(loaded: LoadedScenario, target: ScenarioTarget): Promise<ScenarioResult>
