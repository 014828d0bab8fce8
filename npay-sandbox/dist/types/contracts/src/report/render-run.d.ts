/** The run for people: one line per case on the terminal, and a Markdown report with problems per path. */
import type { CaseResult, RunReport } from '../runner/types.js'
/**
 * One terminal line for a case result.
 * @example resultLine(result) // 'ok   tokens/a-correctly-signed-request-… (12 ms)'
 */
export declare function resultLine(result: CaseResult): string
/**
 * The closing summary line.
 * @example summaryLine(report) // 'inprocess: 82 passed, 0 failed, 0 skipped, 0 unsupported'
 */
export declare function summaryLine(report: RunReport): string
/**
 * The run as Markdown.
 * @example await writeFile('report.md', renderRunMarkdown(report))
 */
export declare function renderRunMarkdown(report: RunReport): string
