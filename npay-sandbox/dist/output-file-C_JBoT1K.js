import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

//#region ../mock-server/src/output-file.ts
/**
 * Files the user names on the command line (`--junit`, `--export`, `--state-file`): their folders are
 * created on the way, so `--junit reports/x.xml` works on a fresh clone, and a failure names the path the
 * user gave, never a temporary file beside it.
 */
/**
 * The reason of a failed file operation without the path Node puts in the message (it may be a
 * temporary file the user never named).
 * @example failureReason(error) // 'EACCES: permission denied'
 */
function failureReason(error) {
  const e = error
  if (!(error instanceof Error)) return String(error)
  return typeof e.syscall === 'string' ? e.message.split(`, ${e.syscall}`)[0] : e.message
}
/** Creates the folder `path` will be written into. */
function createParentFolder(path) {
  mkdirSync(dirname(path), { recursive: true })
}
/**
 * Writes `text` to `path`, creating its folders; an error names `what` and `path`.
 * @example writeOutputFile('reports/scenarios.xml', xml, 'the JUnit XML')
 */
function writeOutputFile(path, text, what) {
  try {
    createParentFolder(path)
    writeFileSync(path, text)
  } catch (error) {
    throw new Error(`cannot write ${what} to ${path}: ${failureReason(error)}`)
  }
}

//#endregion
export { createParentFolder as t, failureReason as n, writeOutputFile as r }
