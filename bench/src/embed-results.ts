/** Keeps the results table in bench/README.md the one the last run wrote, between two markers. */
import { readFile, writeFile } from 'node:fs/promises'

const START = '<!-- results:start -->'
const END = '<!-- results:end -->'

/** Replaces what stands between the markers of `readmePath`; does nothing if it has none. */
export async function embedResults(readmePath: string, table: string): Promise<boolean> {
  const text = await readFile(readmePath, 'utf8').catch(() => undefined)
  const start = text?.indexOf(START) ?? -1
  const end = text?.indexOf(END) ?? -1
  if (!text || start < 0 || end < start) return false
  await writeFile(readmePath, `${text.slice(0, start + START.length)}\n${table.trim()}\n${text.slice(end)}`)
  return true
}
