/** The run as JUnit XML, so any CI shows each case as a test (skipped and unsupported cases as skipped). */
import type { CaseResult, RunReport } from '../runner/types.ts'

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )

function testcase(result: CaseResult): string {
  const open = `    <testcase classname="contracts.${escapeXml(result.suite)}" name="${escapeXml(result.name)}" time="${(result.durationMs / 1000).toFixed(3)}"`
  if (result.outcome === 'passed') return `${open}/>`
  const reason = escapeXml(result.reason ?? result.outcome)
  if (result.outcome === 'failed') {
    const problems = result.problems.map(
      (p) => `${p.operationId} ${p.status} ${p.path}: ${p.kind} (${p.message})`,
    )
    return `${open}>\n      <failure message="${reason}">${escapeXml(problems.join('\n'))}</failure>\n    </testcase>`
  }
  return `${open}>\n      <skipped message="${escapeXml(result.outcome)}: ${reason}"/>\n    </testcase>`
}

/**
 * Renders a run as one JUnit test suite per contract suite.
 * @example await writeFile('junit.xml', toJUnitXml(report))
 */
export function toJUnitXml(report: RunReport): string {
  const suites = new Map<string, CaseResult[]>()
  for (const r of report.results) suites.set(r.suite, [...(suites.get(r.suite) ?? []), r])
  const body = [...suites.entries()].map(([suite, results]) => {
    const count = (o: CaseResult['outcome']) => results.filter((r) => r.outcome === o).length
    const skipped = count('skipped') + count('unsupported')
    const time = results.reduce((sum, r) => sum + r.durationMs, 0) / 1000
    return [
      `  <testsuite name="contracts.${escapeXml(suite)} (${escapeXml(report.target.name)})" tests="${results.length}" failures="${count('failed')}" skipped="${skipped}" time="${time.toFixed(3)}">`,
      ...results.map(testcase),
      '  </testsuite>',
    ].join('\n')
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="npay-sandbox contracts">\n${body.join('\n')}\n</testsuites>\n`
}
