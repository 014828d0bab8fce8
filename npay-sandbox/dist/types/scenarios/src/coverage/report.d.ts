/**
 * Business codes the merchant actions can answer: refusals of the state table, ownership, and the
 * checks of dispatch, delay and exchange re-delivery (facts §7.7, §10.6), plus request validation.
 */
export declare const ACTION_ERROR_CODES: readonly [
  '4000',
  '9999',
  '100001',
  '101009',
  '104105',
  '104116',
  '104117',
  '104118',
  '104119',
  '104120',
  '104121',
  '104122',
  '104131',
  '104417',
  '105306',
]
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
  errorCodes: {
    code: string
    message: string
    count: number
  }[]
  uncoveredErrorCodes: string[]
}
/**
 * Builds the report from row counts and seen error codes.
 * @example coverageReport(rowCounts([tenant])).uncovered // ['C8a', 'C8b', …]
 */
export declare function coverageReport(
  rows: ReadonlyMap<string, number>,
  codes?: ReadonlyMap<string, number>,
): CoverageReport
/**
 * The report as text, one row per line, uncovered rows marked.
 * @example console.log(formatCoverage(report))
 */
export declare function formatCoverage(report: CoverageReport): string
