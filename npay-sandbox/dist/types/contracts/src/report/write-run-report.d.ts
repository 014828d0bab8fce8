import type { RunReport } from '../runner/types.js'
/**
 * Writes the three files into `dir` and returns their paths.
 * @example await writeRunReport('contracts-report', report)
 */
export declare function writeRunReport(dir: string, report: RunReport): Promise<string[]>
