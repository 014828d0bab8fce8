/** Runs many scenario files one after another and sums up results and coverage. */
import { type CoverageReport, coverageReport } from '../coverage/report.ts'
import { mergeCounts } from '../coverage/rows.ts'
import { loadScenario, ScenarioLoadError } from './load.ts'
import { runScenario, type ScenarioResult } from './run-file.ts'
import type { ScenarioTarget } from './session.ts'

export interface RunSummary {
  target: string
  results: ScenarioResult[]
  passed: number
  failed: number
  coverage: CoverageReport
}

/** A file that could not run at all (unreadable, invalid, server unreachable), as a failed result. */
function broken(path: string, error: unknown): ScenarioResult {
  const problems =
    error instanceof ScenarioLoadError
      ? error.problems
      : [error instanceof Error ? error.message : String(error)]
  return {
    path,
    name: path,
    passed: false,
    steps: problems.map((p, index) => ({
      index,
      line: undefined,
      label: 'load',
      status: 'failed',
      answers: [],
      differences: [],
      error: p,
    })),
    rows: new Map(),
    codes: new Map(),
    durationMs: 0,
  }
}

/**
 * Runs each file on a fresh session of `target`; `onResult` sees each result as it finishes.
 * @example const summary = await runScenarios(['scenarios/examples'], target); process.exitCode = summary.failed ? 1 : 0
 */
export async function runScenarios(
  paths: readonly string[],
  target: ScenarioTarget,
  onResult?: (result: ScenarioResult) => void,
): Promise<RunSummary> {
  const results: ScenarioResult[] = []
  for (const path of paths) {
    let result: ScenarioResult
    try {
      result = await runScenario(loadScenario(path), target)
    } catch (error) {
      result = broken(path, error)
    }
    results.push(result)
    onResult?.(result)
  }
  const rows = new Map<string, number>()
  const codes = new Map<string, number>()
  for (const r of results) {
    mergeCounts(rows, r.rows)
    mergeCounts(codes, r.codes)
  }
  const passed = results.filter((r) => r.passed).length
  return {
    target: target.name,
    results,
    passed,
    failed: results.length - passed,
    coverage: coverageReport(rows, codes),
  }
}
