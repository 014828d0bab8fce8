/** The run for people: one line per case on the terminal, and a Markdown report with problems per path. */
import type { CaseResult, RunReport } from '../runner/types.ts'

const MARKS: Record<CaseResult['outcome'], string> = {
  passed: 'ok  ',
  failed: 'FAIL',
  skipped: 'skip',
  unsupported: 'n/a ',
}

/**
 * One terminal line for a case result.
 * @example resultLine(result) // 'ok   tokens/a-correctly-signed-request-… (12 ms)'
 */
export function resultLine(result: CaseResult): string {
  const reason = result.reason ? `\n       ${result.reason}` : ''
  const problems = result.problems.map(
    (p) => `\n       ${p.operationId} ${p.status} ${p.path || '/'}: ${p.kind} (${p.message})`,
  )
  return `${MARKS[result.outcome]} ${result.id} (${result.durationMs} ms)${reason}${problems.join('')}`
}

/**
 * The closing summary line.
 * @example summaryLine(report) // 'inprocess: 82 passed, 0 failed, 0 skipped, 0 unsupported'
 */
export function summaryLine(report: RunReport): string {
  const { passed, failed, skipped, unsupported } = report.summary
  return `${report.target.name}: ${passed} passed, ${failed} failed, ${skipped} skipped, ${unsupported} unsupported`
}

/**
 * The run as Markdown.
 * @example await writeFile('report.md', renderRunMarkdown(report))
 */
export function renderRunMarkdown(report: RunReport): string {
  const lines = [
    '# Contract run',
    '',
    `Target: ${report.target.name} — ${report.target.description}`,
    `From ${report.startedAt} to ${report.finishedAt}. ${summaryLine(report)}.`,
    '',
    '| outcome | case | reason |',
    '|---|---|---|',
    ...report.results.map(
      (r) =>
        `| ${r.outcome} | \`${r.id}\` | ${(r.reason ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')} |`,
    ),
  ]
  const withProblems = report.results.filter((r) => r.problems.length > 0)
  if (withProblems.length > 0) {
    lines.push('', '## Responses that do not match the OpenAPI document', '')
    for (const r of withProblems) {
      lines.push(`### ${r.id}`, '')
      for (const p of r.problems)
        lines.push(
          `- exchange ${p.exchange + 1}, ${p.operationId} ${p.status} \`${p.path || '/'}\`: ${p.kind} — ${p.message}`,
        )
      lines.push('')
    }
  }
  return `${lines.join('\n')}\n`
}
