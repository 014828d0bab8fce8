/** Writing a run's cassettes to a folder and reading them back. */
import type { Dirent } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { isRecord } from '../internal/json.ts'
import type { RunReport } from '../runner/types.ts'
import { CASSETTE_FORMAT, type Cassette, isRecordable, toCassette, toManifest } from './cassette.ts'

const MANIFEST = 'manifest.json'

/**
 * Writes one cassette per case that ran, and the manifest. Returns the files written.
 * @example await writeCassettes('cassettes/sandbox', report)
 */
export async function writeCassettes(dir: string, report: RunReport): Promise<string[]> {
  const written: string[] = []
  const write = async (file: string, value: unknown) => {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, `${JSON.stringify(value, null, 2)}\n`)
    written.push(file)
  }
  for (const result of report.results.filter(isRecordable)) {
    await write(join(dir, `${result.id}.json`), toCassette(result, report.target, report.startedAt))
  }
  await write(join(dir, MANIFEST), toManifest(report))
  return written
}

/**
 * Reads every cassette under a folder (the manifest and other JSON files are ignored).
 * @example const cassettes = await readCassettes('cassettes/sandbox')
 */
export async function readCassettes(dir: string): Promise<Cassette[]> {
  const files = await jsonFiles(dir)
  const cassettes: Cassette[] = []
  for (const file of files) {
    if (relative(dir, file) === MANIFEST) continue
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    if (isCassette(value)) cassettes.push(value)
  }
  if (cassettes.length === 0) throw new Error(`no cassettes (${CASSETTE_FORMAT}) under ${dir}`)
  return cassettes.sort((a, b) => a.id.localeCompare(b.id))
}

function isCassette(value: unknown): value is Cassette {
  return (
    isRecord(value) &&
    value.format === CASSETTE_FORMAT &&
    typeof value.id === 'string' &&
    typeof value.recordedAt === 'string' &&
    Array.isArray(value.exchanges)
  )
}

async function jsonFiles(dir: string): Promise<string[]> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    throw new Error(`cannot read the cassette folder ${dir}: ${(error as Error).message}`)
  }
  const files: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await jsonFiles(path)))
    else if (entry.name.endsWith('.json')) files.push(path)
  }
  return files
}
