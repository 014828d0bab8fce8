/** The drift report as Markdown: a table per operation, then each difference, stale and uncompared cases. */
import { DIFFERENCE_KINDS } from './summarise.ts'
import type { Difference, DriftReport } from './types.ts'

const cell = (text: string | undefined) => (text ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')

function describe(d: Difference): string {
  const where = d.path ? ` \`${d.path}\`` : ''
  const values =
    d.recorded !== undefined || d.replayed !== undefined
      ? ` — recorded: ${d.recorded ?? '(absent)'}; replayed: ${d.replayed ?? '(absent)'}`
      : ''
  return `- **${d.kind}**${where}: ${d.message}${values} (\`${d.caseId}\`, exchange ${d.exchange + 1})`
}

/**
 * Renders a drift report for people.
 * @example await writeFile('drift.md', renderDriftMarkdown(report))
 */
export function renderDriftMarkdown(report: DriftReport): string {
  const { summary } = report
  const recorded = report.recorded.targets.map((t) => `${t.name} (${t.baseUrl})`).join(', ') || '(nothing)'
  const lines = [
    '# Contract drift report',
    '',
    `Recorded on ${recorded}, ${report.recorded.oldest ?? '?'} – ${report.recorded.newest ?? '?'}.`,
    `Replayed on ${report.replayed.name} (${report.replayed.baseUrl}) at ${report.generatedAt}.`,
    '',
    summary.differences === 0
      ? `**No drift** in ${summary.compared} compared cases.`
      : `**${summary.differences} differences** in ${summary.withDrift} of ${summary.compared} compared cases.`,
    `${summary.stale} cassettes older than ${report.maxAgeDays} days; ${summary.notCompared} cases not compared.`,
    '',
    `| operation | cases | ${DIFFERENCE_KINDS.join(' | ')} |`,
    `|---|---:|${DIFFERENCE_KINDS.map(() => '---:').join('|')}|`,
    ...report.operations.map(
      (o) =>
        `| ${o.operationId} | ${o.cases} | ${DIFFERENCE_KINDS.map((k) => o.differences[k] || '').join(' | ')} |`,
    ),
  ]
  const drifted = report.operations.filter((o) => DIFFERENCE_KINDS.some((k) => o.differences[k] > 0))
  for (const operation of drifted) {
    lines.push('', `## ${operation.operationId}`, '')
    for (const c of report.cases) {
      for (const d of c.differences.filter((x) => x.operationId === operation.operationId))
        lines.push(cell(describe(d)))
    }
  }
  if (report.recordedProblems.length > 0) {
    lines.push('', '## Recorded responses that do not match the OpenAPI document', '')
    for (const p of report.recordedProblems) {
      lines.push(
        `- ${p.operationId} ${p.status} \`${p.path || '/'}\`: ${p.kind} — ${cell(p.message)} (\`${p.caseId}\`)`,
      )
    }
  }
  if (report.stale.length > 0) {
    lines.push('', `## Stale cassettes (older than ${report.maxAgeDays} days)`, '')
    for (const s of report.stale) lines.push(`- \`${s.id}\`: recorded ${s.recordedAt}, ${s.ageDays} days ago`)
  }
  const uncompared = report.cases.filter((c) => c.status !== 'compared')
  if (uncompared.length > 0) {
    lines.push('', '## Not compared', '')
    for (const c of uncompared) lines.push(`- \`${c.id}\`: ${c.status}${c.note ? ` — ${cell(c.note)}` : ''}`)
  }
  return `${lines.join('\n')}\n`
}
