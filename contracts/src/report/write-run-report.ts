/**
 * Writes a run's report files: `report.json` (exchanges scrubbed like cassettes, so the folder can be a
 * CI artifact), `report.md` and `junit.xml`.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { scrubExchanges } from '../cassettes/scrubber.ts'
import type { RunReport } from '../runner/types.ts'
import { toJUnitXml } from './junit.ts'
import { renderRunMarkdown } from './render-run.ts'

/**
 * Writes the three files into `dir` and returns their paths.
 * @example await writeRunReport('contracts-report', report)
 */
export async function writeRunReport(dir: string, report: RunReport): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const scrubbed = {
    ...report,
    results: report.results.map((r) => ({ ...r, exchanges: scrubExchanges(r.exchanges) })),
  }
  const files: [string, string][] = [
    [join(dir, 'report.json'), `${JSON.stringify(scrubbed, null, 2)}\n`],
    [join(dir, 'report.md'), renderRunMarkdown(report)],
    [join(dir, 'junit.xml'), toJUnitXml(report)],
  ]
  for (const [file, text] of files) await writeFile(file, text)
  return files.map(([file]) => file)
}
