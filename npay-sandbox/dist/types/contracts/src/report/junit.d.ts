/** The run as JUnit XML, so any CI shows each case as a test (skipped and unsupported cases as skipped). */
import type { RunReport } from '../runner/types.js'
/**
 * Renders a run as one JUnit test suite per contract suite.
 * @example await writeFile('junit.xml', toJUnitXml(report))
 */
export declare function toJUnitXml(report: RunReport): string
