// The single executable: the CLI bundled with every dependency into one CommonJS file by esbuild, turned
// into a blob by Node's single-executable-application support, and injected into a copy of this Node
// binary with postject. The result runs `start`, `seed`, `run` and `contracts` with no Node installed.
//
// Built for the platform it runs on (release/npay-sandbox-<platform>-<arch>[.exe]). The same script runs
// on macOS and Windows with Node ≥ 20.19 (`pnpm package` there):
// - macOS: postject needs `--macho-segment-name NODE_SEA` (passed below), and the copied binary must be
//   unsigned first and signed again afterwards: `codesign --remove-signature <binary>` before injection,
//   `codesign --sign - <binary>` after (done below when the platform is darwin).
// - Windows: the output ends in .exe; `signtool remove /s <binary>` before injection is optional (an
//   unsigned executable runs, with a SmartScreen prompt), `signtool sign …` after if you sign releases.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'

/** Replaces the on-demand MSW loader: the executable has no node_modules to load it from. */
const bundledMsw = {
  name: 'bundled-msw',
  setup(b) {
    b.onLoad({ filter: /[\\/]mock-server[\\/]src[\\/]load-msw\.ts$/ }, () => ({
      contents: "import * as msw from 'msw'\nexport function loadMsw() { return msw }\n",
      loader: 'ts',
    }))
  },
}

/**
 * The executable carries no native addon (Node 20's single executables load built-in modules only), so
 * `--state-file` there says to use the npm package instead (docs/decisions/0004-durable-state.md).
 */
const noSqlite = {
  name: 'no-sqlite',
  setup(b) {
    b.onLoad({ filter: /[\\/]mock-server[\\/]src[\\/]store[\\/]load-sqlite\.ts$/ }, () => ({
      contents: [
        'export function sqliteOptions() { return {} }',
        'export function loadSqlite() {',
        "  throw new Error('--state-file needs SQLite (better-sqlite3, a native addon), which this single executable cannot load: ' +",
        "    'run the npm package instead (npx npay-sandbox start --state-file …), or start without --state-file')",
        '}',
      ].join('\n'),
      loader: 'ts',
    }))
  },
}

/**
 * Builds the executable; returns its path.
 * @param {{ root: string }} o the repository root
 */
export async function buildSea({ root }) {
  const work = join(root, 'release', 'sea')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const main = join(work, 'cli.cjs')
  await build({
    entryPoints: [join(root, 'npay-sandbox', 'src', 'cli.ts')],
    outfile: main,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    plugins: [bundledMsw, noSqlite],
    // Nothing in the executable's code path reads import.meta (see package-cli.ts and contracts' http target).
    logOverride: { 'empty-import-meta': 'silent' },
    legalComments: 'none',
  })
  const blob = join(work, 'sea-prep.blob')
  const config = join(work, 'sea-config.json')
  writeFileSync(
    config,
    JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true }),
  )
  execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: 'inherit' })
  const suffix = process.platform === 'win32' ? '.exe' : ''
  const binary = join(root, 'release', `npay-sandbox-${process.platform}-${process.arch}${suffix}`)
  rmSync(binary, { force: true })
  copyFileSync(process.execPath, binary)
  if (process.platform === 'darwin') execFileSync('codesign', ['--remove-signature', binary])
  const postject = require.resolve('postject/dist/cli.js')
  const args = [postject, binary, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE]
  if (process.platform === 'darwin') args.push('--macho-segment-name', 'NODE_SEA')
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  if (process.platform === 'darwin') execFileSync('codesign', ['--sign', '-', binary])
  return binary
}
