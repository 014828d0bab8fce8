/**
 * Transition coverage: like code coverage, for the state machine. Reports which rows of the state
 * table a run exercised and which it never tried, and which of the business error codes a merchant
 * action can answer were seen, so an integrator sees the claim paths their own suite skips.
 */
import { ACTION_ERROR_CODES, TRANSITIONS } from '@npay-sandbox/engine'
import { ORDER_ERRORS } from '@npay-sandbox/protocol'

/**
 * Business codes the merchant actions can answer (engine ACTION_ERROR_CODES, from each action's
 * declaration): refusals of the state table, ownership, the actions' input checks and request validation.
 */
export { ACTION_ERROR_CODES }

export interface RowCoverage {
  id: string
  event: string
  actor: string
  count: number
}

export interface CoverageReport {
  rows: RowCoverage[]
  covered: string[]
  uncovered: string[]
  /** Share of rows covered, 0–100, one decimal. */
  percent: number
  errorCodes: { code: string; message: string; count: number }[]
  uncoveredErrorCodes: string[]
}

const pct = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10

/**
 * Builds the report from row counts and seen error codes.
 * @example coverageReport(rowCounts([tenant])).uncovered // ['C8a', 'C8b', …]
 */
export function coverageReport(
  rows: ReadonlyMap<string, number>,
  codes: ReadonlyMap<string, number> = new Map(),
): CoverageReport {
  const table = TRANSITIONS.map((r) => ({
    id: r.id,
    event: r.event,
    actor: r.actor,
    count: rows.get(r.id) ?? 0,
  }))
  const covered = table.filter((r) => r.count > 0).map((r) => r.id)
  const messages = ORDER_ERRORS as Record<string, { message: string }>
  return {
    rows: table,
    covered,
    uncovered: table.filter((r) => r.count === 0).map((r) => r.id),
    percent: pct(covered.length, table.length),
    errorCodes: ACTION_ERROR_CODES.map((code) => ({
      code,
      message: messages[code]?.message ?? '',
      count: codes.get(code) ?? 0,
    })),
    uncoveredErrorCodes: ACTION_ERROR_CODES.filter((code) => !codes.get(code)),
  }
}

/**
 * The report as text, one row per line, uncovered rows marked.
 * @example console.log(formatCoverage(report))
 */
export function formatCoverage(report: CoverageReport): string {
  const lines = [
    `Transition coverage: ${report.covered.length}/${report.rows.length} rows (${report.percent} %)`,
  ]
  for (const r of report.rows)
    lines.push(
      `  ${r.count > 0 ? '✓' : '✗'} ${r.id.padEnd(4)} ${r.event.padEnd(24)} ${r.actor.padEnd(8)} ×${r.count}`,
    )
  if (report.uncovered.length > 0) lines.push(`  not covered: ${report.uncovered.join(', ')}`)
  const seen = report.errorCodes.filter((c) => c.count > 0).length
  lines.push(`Error codes: ${seen}/${report.errorCodes.length} (${pct(seen, report.errorCodes.length)} %)`)
  for (const c of report.errorCodes)
    lines.push(`  ${c.count > 0 ? '✓' : '✗'} ${c.code.padEnd(6)} ${c.message} ×${c.count}`)
  if (report.uncoveredErrorCodes.length > 0)
    lines.push(`  not seen: ${report.uncoveredErrorCodes.join(', ')}`)
  return lines.join('\n')
}
