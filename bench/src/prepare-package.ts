/**
 * Makes the package under test the one of the current sources before anything is measured, each step
 * only when it is stale: `dist` built (`npay-sandbox/scripts/build.mjs`), packed with the single executable
 * (`pnpm package`'s script, `--no-build`), and the tarball installed by npm into `bench/.cache/installed`.
 * A failed build, pack or install fails the run; only the executable may be missing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  BUILD_INPUTS,
  BUILD_SCRIPT,
  DIST_ENTRIES,
  INSTALL_DIR,
  INSTALLED_CLI,
  INSTALLED_INDEX,
  PACKAGE_SCRIPT,
  PACKAGE_VERSION,
  SEA_BINARY,
  TARBALL,
  WORKSPACE,
} from './package-paths.ts'

/** Newest modification time under `path` (a file or a folder), ms; `node_modules` left out. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name !== 'node_modules') newest = Math.max(newest, newestMtime(join(path, entry.name)))
  }
  return newest
}

/** Oldest modification time of `files`, 0 when one is missing. */
const oldestMtime = (files: string[]) =>
  files.every((f) => existsSync(f)) ? Math.min(...files.map((f) => statSync(f).mtimeMs)) : 0

const show = (path: string) => relative(WORKSPACE, path)

function run(log: (line: string) => void, what: string, command: string, args: string[], cwd = WORKSPACE) {
  log(`  ${what}: ${command === process.execPath ? 'node' : command} ${args.map(show).join(' ')}`)
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] })
  return result.status === 0 ? undefined : (result.error?.message ?? `exit ${result.status}`)
}

const fail = (message: string): never => {
  throw new Error(`bench: ${message}. The benchmark measures the built, installed package.`)
}

/** Where the tarball in `INSTALL_DIR` came from; a dotfile without extension, which no linter reads. */
const STAMP = join(INSTALL_DIR, '.installed-from')
const tarballStamp = () => `${TARBALL} ${statSync(TARBALL).mtimeMs} ${statSync(TARBALL).size}`

function install(log: (line: string) => void): void {
  mkdirSync(INSTALL_DIR, { recursive: true })
  const manifest = { name: 'npay-sandbox-bench-install', private: true, type: 'module' }
  writeFileSync(join(INSTALL_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  // --no-save keeps that package.json as written: the tarball is recorded in the stamp instead.
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']
  const error = run(log, 'installing the tarball', 'npm', [...args, TARBALL], INSTALL_DIR)
  if (error || !existsSync(INSTALLED_INDEX) || !existsSync(INSTALLED_CLI))
    fail(`npm install of ${show(TARBALL)} into ${show(INSTALL_DIR)} failed (${error ?? 'no dist in it'})`)
  writeFileSync(STAMP, tarballStamp())
}

export interface PreparedPackage {
  version: string
  /** The steps this run had to take (none: everything was current). */
  steps: ('built' | 'packed' | 'installed')[]
  /** Whether the single executable exists (packed from the same dist). */
  sea: boolean
}

/** @example const { sea } = preparePackage(console.log) */
export function preparePackage(log: (line: string) => void): PreparedPackage {
  const steps: PreparedPackage['steps'] = []
  log(`package under test: npay-sandbox ${PACKAGE_VERSION}`)
  if (oldestMtime(DIST_ENTRIES) < Math.max(...BUILD_INPUTS.map(newestMtime))) {
    const error = run(log, 'dist missing or older than its sources, building', process.execPath, [
      BUILD_SCRIPT,
    ])
    if (error || oldestMtime(DIST_ENTRIES) === 0) fail(`building npay-sandbox failed (${error ?? 'no dist'})`)
    steps.push('built')
  }
  const built = oldestMtime(DIST_ENTRIES)
  if (oldestMtime([TARBALL, SEA_BINARY]) < built) {
    const error = run(log, 'tarball or executable older than dist, packing', process.execPath, [
      PACKAGE_SCRIPT,
      '--no-build',
    ])
    if (oldestMtime([TARBALL]) < built) fail(`packing npay-sandbox failed (${error ?? 'no tarball'})`)
    if (error) log(`  ! the single executable was not built (${error}): its cold start is skipped`)
    steps.push('packed')
  }
  const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : ''
  if (stamp !== tarballStamp() || !existsSync(INSTALLED_INDEX)) {
    install(log)
    steps.push('installed')
  }
  const sea = oldestMtime([SEA_BINARY]) >= built
  return { version: PACKAGE_VERSION, steps, sea }
}
