/** Runs suites against a target, case after case, and collects the report. */

import { suitesFor } from '../profiles.ts'
import type { Suite } from '../suite.ts'
import { SUITES } from '../suites/index.ts'
import type { Target } from '../targets/types.ts'
import { runCase } from './run-case.ts'
import { sessions } from './session.ts'
import type { CaseResult, Outcome, RunReport } from './types.ts'

export interface RunOptions {
  target: Target
  /**
   * Default: every suite. Only the cases of the target's API run (a case whose operations that API
   * lacks is not part of its contract, and is not reported).
   */
  suites?: readonly Suite[]
  /** Called after each case, e.g. to print progress. */
  onResult?: (result: CaseResult) => void
  /**
   * Cases in flight at once. Default: {@link EMULATOR_CONCURRENCY} on an emulator (every case has a
   * merchant of its own, so they cannot collide), 1 elsewhere (one merchant, one rate limit).
   */
  concurrency?: number
}

/** Cases an emulator target runs at once by default. */
export const EMULATOR_CONCURRENCY = 6

/**
 * Runs the suites against a target. Results come back in suite order whatever the concurrency.
 * @example
 * const target = await createInprocessTarget()
 * const report = await runContracts({ target })
 * console.log(report.summary) // { passed: 80, failed: 0, skipped: 0, unsupported: 0 }
 */
export async function runContracts(options: RunOptions): Promise<RunReport> {
  const { target } = options
  const factory = sessions(target)
  const startedAt = new Date().toISOString()
  const suites = suitesFor(options.suites ?? SUITES, target.api)
  const work = suites.flatMap((suite) => suite.cases.map((c) => ({ suite, c })))
  const results: CaseResult[] = new Array(work.length)
  // Shared sessions hand exchanges to "the case running now", so they must run one case at a time.
  const concurrency = target.control ? Math.max(1, options.concurrency ?? EMULATOR_CONCURRENCY) : 1
  let next = 0
  const worker = async () => {
    for (let i = next++; i < work.length; i = next++) {
      const { suite, c } = work[i]!
      results[i] = await runCase(target, suite, c, factory)
      options.onResult?.(results[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker))
  return {
    target: { name: target.name, api: target.api, description: target.description, baseUrl: target.baseUrl },
    startedAt,
    finishedAt: new Date().toISOString(),
    results,
    summary: summarise(results),
  }
}

/**
 * Counts results by outcome.
 * @example summarise(results) // { passed: 3, failed: 0, skipped: 1, unsupported: 0 }
 */
export function summarise(results: readonly CaseResult[]): Record<Outcome, number> {
  const summary: Record<Outcome, number> = { passed: 0, failed: 0, skipped: 0, unsupported: 0 }
  for (const result of results) summary[result.outcome] += 1
  return summary
}
