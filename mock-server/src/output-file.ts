/**
 * Files the user names on the command line (`--junit`, `--export`, `--state-file`): their folders are
 * created on the way, so `--junit reports/x.xml` works on a fresh clone, and a failure names the path the
 * user gave, never a temporary file beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * The reason of a failed file operation without the path Node puts in the message (it may be a
 * temporary file the user never named).
 * @example failureReason(error) // 'EACCES: permission denied'
 */
export function failureReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  if (!(error instanceof Error)) return String(error)
  return typeof e.syscall === 'string' ? e.message.split(`, ${e.syscall}`)[0]! : e.message
}

/** Creates the folder `path` will be written into. */
export function createParentFolder(path: string) {
  mkdirSync(dirname(path), { recursive: true })
}

/**
 * Writes `text` to `path`, creating its folders; an error names `what` and `path`.
 * @example writeOutputFile('reports/scenarios.xml', xml, 'the JUnit XML')
 */
export function writeOutputFile(path: string, text: string, what: string) {
  try {
    createParentFolder(path)
    writeFileSync(path, text)
  } catch (error) {
    throw new Error(`cannot write ${what} to ${path}: ${failureReason(error)}`)
  }
}
