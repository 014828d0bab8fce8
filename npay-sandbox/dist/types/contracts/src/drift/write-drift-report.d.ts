import type { DriftReport } from './types.js'
/**
 * Writes both forms of the report into `dir` and returns their paths.
 * @example const { json, markdown } = await writeDriftReport('contracts-report', drift)
 */
export declare function writeDriftReport(
  dir: string,
  report: DriftReport,
): Promise<{
  json: string
  markdown: string
}>
