/**
 * `--state-file`: the sandbox survives restarts. The file is an SQLite database (store/, docs/decisions/
 * 0004-durable-state.md): after every request that changed anything, what changed is written in one
 * transaction that is on disk before the response leaves, so a change costs its own size, a crash at
 * any moment loses nothing acknowledged, and the file always opens. A JSON state document written by an
 * earlier release (format version 1) is read and converted in place on the first start.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Engine } from '@npay-sandbox/engine'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'
import { createParentFolder, failureReason } from './output-file.ts'
import { everyRecord, readInBackground } from './store/background-read.ts'
import { SqliteStore, type StateSync } from './store/sqlite-store.ts'

export { STATE_SYNCS, type StateSync } from './store/sqlite-store.ts'

const SQLITE_HEADER = 'SQLite format 3\u0000'
const stores = new WeakMap<Engine, SqliteStore>()
const loaded = new WeakSet<Engine>()
/** The sync mode an engine's state file opens with (set by `loadStateFile`; `full` otherwise). */
const syncs = new WeakMap<Engine, StateSync>()

/**
 * Loads a state file into the engine when it exists; a corrupt file stops the start with the reason.
 * `sync` is how the file is written from now on (the app's `persistChanges` uses the same store).
 */
export function loadStateFile(engine: Engine, path: string, sync: StateSync = 'full'): boolean {
  setSync(engine, sync)
  removeLeftovers(path)
  if (!existsSync(path)) return false
  if (isSqlite(path)) {
    const store = storeOf(engine, path)
    if (store.isEmpty()) return false
    engine.importState(store.load(), { adopt: true })
    readInBackground(engine, () => stores.get(engine) === store && store.isOpen)
  } else {
    engine.importState(readJsonState(path), { adopt: true })
    convertToSqlite(engine, path)
  }
  loaded.add(engine)
  return true
}

/**
 * Saves what each request changed, before its response leaves. `sync` is how the file is written; when
 * omitted, the one `loadStateFile` was given (`full` otherwise).
 */
export function persistChanges(engine: Engine, path: string, sync?: StateSync): MiddlewareHandler<AppEnv> {
  if (sync !== undefined) setSync(engine, sync)
  const store = storeOf(engine, path)
  const tracker = engine.trackChanges()
  // A file the engine did not load from now holds this sandbox, as it would after the first change.
  if (!loaded.has(engine)) store.writeAll(engine.exportState())
  loaded.add(engine)
  return async (_c, next) => {
    await next()
    if (tracker.pending) store.write(tracker.drain(), engine.options.wallClock())
  }
}

/** The sync mode of the engine's state file from now on (its open connection's too). */
function setSync(engine: Engine, sync: StateSync) {
  syncs.set(engine, sync)
  const store = stores.get(engine)
  if (store) store.sync = sync
}

/**
 * Closes the engine's state file (the WAL is folded into the database and removed). Product orders
 * still deferred to the file are read first, so the engine stays whole; `readDeferred: false` skips
 * that for a process about to exit.
 */
export function closeStateFile(engine: Engine, { readDeferred = true }: { readDeferred?: boolean } = {}) {
  const store = stores.get(engine)
  if (!store) return
  if (readDeferred) for (const _ of everyRecord(engine));
  store.close()
  stores.delete(engine)
}

/** The state file of an engine, opened once. */
export function storeOf(engine: Engine, path: string): SqliteStore {
  let store = stores.get(engine)
  if (store?.path === path) return store
  closeStateFile(engine)
  store = openStore(path, syncs.get(engine) ?? 'full')
  stores.set(engine, store)
  return store
}

function openStore(path: string, sync: StateSync): SqliteStore {
  try {
    createParentFolder(path)
  } catch (error) {
    throw new Error(`cannot write the state file ${path}: ${failureReason(error)}`)
  }
  try {
    return SqliteStore.open(path, sync)
  } catch (error) {
    const reason = failureReason(error)
    if (/state file|npay-sandbox|better-sqlite3/.test(reason)) throw error
    throw new Error(`cannot open the state file ${path}: ${reason}`, { cause: error })
  }
}

function isSqlite(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length)
    const n = readSync(fd, head, 0, head.length, 0)
    // SQLite takes an empty file for an empty database; so do we.
    return n === 0 || head.toString('latin1', 0, n) === SQLITE_HEADER
  } finally {
    closeSync(fd)
  }
}

function readJsonState(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(
      `state file ${path} is not valid JSON (${(error as Error).message}); move it away to start fresh`,
    )
  }
}

/**
 * Writes the loaded JSON state into a new database beside it and renames that over the JSON file: a
 * crash before the rename leaves the JSON file (read again next time), after it the database.
 */
function convertToSqlite(engine: Engine, path: string) {
  const next = convertingPath(path)
  removeDatabase(next)
  const store = SqliteStore.open(next)
  try {
    store.writeAll(engine.exportState())
  } finally {
    store.close()
  }
  renameSync(next, path)
  syncFolder(dirname(path))
}

const convertingPath = (path: string) => `${path}.converting`

function removeDatabase(path: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
}

/**
 * What an interrupted start or an earlier release left beside the file: a half-converted database, and
 * the `.<name>.<pid>.tmp` files the JSON writer of earlier releases left when it was killed mid-write.
 */
function removeLeftovers(path: string) {
  const prefix = `.${basename(path)}.`
  const folder = dirname(path)
  try {
    removeDatabase(convertingPath(path))
    for (const name of readdirSync(folder))
      if (name.startsWith(prefix) && /^\.\S+\.\d+\.tmp$/.test(name))
        rmSync(join(folder, name), { force: true })
  } catch {
    // A folder that is missing or unreadable fails on open with a clearer message.
  }
}

function syncFolder(folder: string) {
  try {
    const fd = openSync(folder, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Some file systems refuse to open or flush a directory; the rename is still atomic there.
  }
}
