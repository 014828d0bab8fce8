/**
 * Runs one scenario file in a fresh session: step by step, each action then its expectation, stopping
 * at the first failing step (later steps build on it) and recording what was sent, what came back and
 * what differed for the report.
 */

import { errorCodesIn } from '../coverage/rows.ts'
import type { Answer } from './act.ts'
import { perform } from './act.ts'
import { changesOf } from './changes.ts'
import { type Difference, differences } from './expect.ts'
import type { LoadedScenario, Step } from './format.ts'
import { Names } from './refs.ts'
import type { ScenarioTarget } from './session.ts'

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
export function labelOf(step: Step): string {
  const on = (s: { productOrder?: string; productOrders?: string[] | string }) =>
    s.productOrder ?? (Array.isArray(s.productOrders) ? s.productOrders.join(', ') : s.productOrders) ?? ''
  const text =
    'create' in step
      ? `create ${step.create.as}`
      : 'call' in step
        ? `call ${step.call} ${on(step)}`
        : 'event' in step
          ? `event ${step.event} ${on(step)}`
          : 'advance' in step
            ? `advance ${step.advance}`
            : `expect ${step.expect.productOrder ?? ''}`
  return (step.title ? `${step.title} — ${text}` : text).trim()
}

/**
 * Runs one loaded scenario on a new session of `target`.
 * @example const result = await runScenario(loadScenario('return.yaml'), target); result.passed
 */
export async function runScenario(loaded: LoadedScenario, target: ScenarioTarget): Promise<ScenarioResult> {
  const started = performance.now()
  const session = await target.open({ api: loaded.scenario.merchant?.api ?? 'npay' })
  const names = new Names()
  const clockNow = async () => (await session.control.getClock({ clientId: session.clientId })).epochMillis
  const start = await clockNow()
  let tracking = 0
  const trackingNumber = () => `${session.trackingPrefix}${String(++tracking).padStart(6, '0')}`
  const codes = new Map<string, number>()
  const steps: StepResult[] = []
  let current: string | undefined
  let failed = false
  for (const [index, step] of loaded.scenario.steps.entries()) {
    const result: StepResult = {
      index,
      line: loaded.lines[index],
      label: labelOf(step),
      status: 'skipped',
      answers: [],
      differences: [],
    }
    steps.push(result)
    if (failed) continue
    try {
      const e = step.expect ?? {}
      const clock = { now: await clockNow(), start }
      const explicit =
        e.productOrder === undefined ? undefined : names.one(names.interpolate(e.productOrder, clock))
      const watched = explicit ?? current
      const before =
        e.lastChangedTypes && watched
          ? await changesOf(session, watched, start - 1_000, clock.now)
          : undefined
      const outcome = await perform(step, { session, names, clock, tracking: trackingNumber })
      result.answers = outcome.answers
      for (const a of outcome.answers)
        for (const code of errorCodesIn(a.body)) codes.set(code, (codes.get(code) ?? 0) + 1)
      current = outcome.targets[0] ?? current
      const checked = explicit ?? current
      let emitted: string[] | undefined
      if (e.lastChangedTypes && checked) {
        const after = await changesOf(session, checked, start - 1_000, await clockNow())
        emitted = after.slice(checked === watched ? (before?.length ?? 0) : 0)
      }
      const expectation = names.interpolate(e, { now: await clockNow(), start })
      result.differences = await differences(expectation, outcome, {
        session,
        names,
        target: checked,
        emitted,
      })
      result.status = result.differences.length === 0 ? 'passed' : 'failed'
    } catch (error) {
      result.status = 'failed'
      result.error = error instanceof Error ? error.message : String(error)
    }
    failed = result.status === 'failed'
  }
  const rows = await session.rows()
  await session.close()
  return {
    path: loaded.path,
    name: loaded.scenario.name,
    passed: !failed,
    steps,
    rows,
    codes,
    durationMs: Math.round(performance.now() - started),
  }
}
