import type { DriftReport } from './types.js'
/**
 * Renders a drift report for people.
 * @example await writeFile('drift.md', renderDriftMarkdown(report))
 */
export declare function renderDriftMarkdown(report: DriftReport): string
