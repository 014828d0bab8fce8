/**
 * JUnit XML for CI: one `<testsuite>` for the run, one `<testcase>` per scenario file, the per-step
 * report of a failed scenario inside `<failure>`, and every scenario's steps in `<system-out>`.
 */
import { formatDifference, formatScenario } from './report.ts'
import type { RunSummary } from './run.ts'

/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}

const seconds = (ms: number) => (ms / 1000).toFixed(3)

/**
 * The run as a JUnit XML document.
 * @example writeFileSync('scenarios.xml', junitXml(summary))
 */
export function junitXml(summary: RunSummary): string {
  const total = summary.results.reduce((t, r) => t + r.durationMs, 0)
  const cases = summary.results.map((r) => {
    const attrs = `classname="${xmlEscape(r.path)}" name="${xmlEscape(r.name)}" time="${seconds(r.durationMs)}"`
    const failed = r.steps.find((s) => s.status === 'failed')
    const message = failed
      ? `step ${failed.index + 1} ${failed.label}: ${failed.error ?? failed.differences.map(formatDifference).join('; ')}`
      : ''
    const failure = failed
      ? `\n    <failure message="${xmlEscape(message)}" type="ScenarioFailure">${xmlEscape(formatScenario(r))}</failure>`
      : ''
    return `  <testcase ${attrs}>${failure}\n    <system-out>${xmlEscape(formatScenario(r, true))}</system-out>\n  </testcase>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="npay-sandbox scenarios" tests="${summary.results.length}" failures="${summary.failed}" time="${seconds(total)}">`,
    `<testsuite name="${xmlEscape(summary.target)}" tests="${summary.results.length}" failures="${summary.failed}" errors="0" skipped="0" time="${seconds(total)}">`,
    ...cases,
    '</testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}
