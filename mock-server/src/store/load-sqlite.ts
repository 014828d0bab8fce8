/**
 * Loads better-sqlite3 on first use only: a server without `--state-file` never loads the native addon,
 * and a package install where the addon could not be built still runs everything else. The single
 * executable replaces this loader with one that carries the addon inside the binary
 * (npay-sandbox/scripts/sea.mjs, docs/decisions/0004-durable-state.md).
 */
import { createRequire } from 'node:module'

export type SqliteConstructor = typeof import('better-sqlite3')

/** Options for `new Database(…)` that the loader wants passed (the executable's addon). */
export function sqliteOptions(): { nativeBinding?: string | object } {
  return {}
}

/**
 * @example const Database = loadSqlite(); const db = new Database(path, sqliteOptions())
 */
export function loadSqlite(): SqliteConstructor {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as SqliteConstructor
  } catch (error) {
    throw new Error(
      '--state-file needs the better-sqlite3 package, which did not install here (it builds a native addon; ' +
        "see npm's install log): run `npm rebuild better-sqlite3`, or start without --state-file",
      { cause: error },
    )
  }
}
