/**
 * `--state-file`: the sandbox survives restarts. After every request that changed anything, the whole
 * state is written to a temporary file in the same folder, flushed to disk, and renamed over the old one
 * (then the folder is flushed), so a crash at any moment leaves either the old or the new complete file
 * and never loses a change that was acknowledged: the write happens before the response is sent.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Engine } from '@npay-sandbox/engine'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'
import { createParentFolder, failureReason } from './output-file.ts'

/** Loads a state file into the engine when it exists; a corrupt file stops the start with the reason. */
export function loadStateFile(engine: Engine, path: string): boolean {
  if (!existsSync(path)) return false
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(
      `state file ${path} is not valid JSON (${(error as Error).message}); move it away to start fresh`,
    )
  }
  engine.importState(parsed)
  return true
}

/**
 * Writes `text` to `path` atomically and durably, creating the folder first; an error names `path`, not
 * the temporary file.
 */
export function writeFileAtomic(path: string, text: string) {
  try {
    createParentFolder(path)
    replaceFile(path, text)
  } catch (error) {
    throw new Error(`cannot write the state file ${path}: ${failureReason(error)}`)
  }
}

function replaceFile(path: string, text: string) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const fd = openSync(tmp, 'w', 0o600)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(tmp, path)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
  try {
    const dir = openSync(dirname(path), 'r')
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
  } catch {
    // Some file systems refuse to open or flush a directory; the rename is still atomic there.
  }
}

/** Saves the engine's state after any request that changed it, before the response leaves. */
export function persistChanges(engine: Engine, path: string): MiddlewareHandler<AppEnv> {
  let saved = engine.fingerprint()
  writeFileAtomic(path, JSON.stringify(engine.exportState()))
  return async (_c, next) => {
    await next()
    const now = engine.fingerprint()
    if (now === saved) return
    writeFileAtomic(path, JSON.stringify(engine.exportState()))
    saved = now
  }
}
