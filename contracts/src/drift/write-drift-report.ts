/** Writes the drift report as `drift.json` and `drift.md`. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderDriftMarkdown } from './render-markdown.ts'
import type { DriftReport } from './types.ts'

/**
 * Writes both forms of the report into `dir` and returns their paths.
 * @example const { json, markdown } = await writeDriftReport('contracts-report', drift)
 */
export async function writeDriftReport(
  dir: string,
  report: DriftReport,
): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true })
  const json = join(dir, 'drift.json')
  const markdown = join(dir, 'drift.md')
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(markdown, renderDriftMarkdown(report))
  return { json, markdown }
}
