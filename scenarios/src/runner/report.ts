/**
 * The readable per-step report: one line per step, and under a failed step what was sent, what came
 * back and each difference as `field: expected …, got …`.
 */
import type { Answer } from './act.ts'
import type { Difference } from './expect.ts'
import type { RunSummary } from './run.ts'
import type { ScenarioResult, StepResult } from './run-file.ts'

const MAX_BODY_CHARS = 300
const MARK = { passed: '✓', failed: '✗', skipped: '-' } as const

const show = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text === undefined
    ? '(absent)'
    : text.length > MAX_BODY_CHARS
      ? `${text.slice(0, MAX_BODY_CHARS)}…`
      : text
}

/** `claimStatus: expected "RETURN_DONE", got "COLLECT_DONE"` */
export function formatDifference(d: Difference): string {
  return `${d.what}: expected ${show(d.expected)}, got ${show(d.actual)}`
}

function answerLines(a: Answer): string[] {
  const sent = a.sent
    ? `${a.sent.method} ${a.sent.path}${a.sent.requestBody ? ` ${show(a.sent.requestBody)}` : ''}`
    : '(nothing)'
  return [`sent      ${sent}`, `received  ${a.status} ${show(a.body)}`]
}

function stepLines(s: StepResult, verbose: boolean): string[] {
  const where = s.line ? `  (line ${s.line})` : ''
  const lines = [`  ${MARK[s.status]} ${String(s.index + 1).padStart(2)} ${s.label}${where}`]
  if (s.status === 'skipped' || (s.status === 'passed' && !verbose)) return lines
  const detail: string[] = []
  for (const a of s.answers) detail.push(...answerLines(a))
  if (s.error) detail.push(`error     ${s.error}`)
  for (const [i, d] of s.differences.entries())
    detail.push(`${i === 0 ? 'differs   ' : '          '}${formatDifference(d)}`)
  return [...lines, ...detail.map((l) => `       ${l}`)]
}

/**
 * The report of one scenario file.
 * @example console.log(formatScenario(result))
 */
export function formatScenario(r: ScenarioResult, verbose = false): string {
  const steps = r.steps.filter((s) => s.status !== 'skipped').length
  const head = `${r.passed ? '✓' : '✗'} ${r.path}  ${r.name}  (${steps}/${r.steps.length} steps, ${r.durationMs} ms)`
  return [head, ...r.steps.flatMap((s) => stepLines(s, verbose))].join('\n')
}

/** The closing line, in the plain `N passed, N failed` form CI logs recognise. */
export function formatTotals(summary: RunSummary): string {
  return `scenarios: ${summary.passed} passed, ${summary.failed} failed`
}
