// Lays out what the tarball holds in release/stage/npay-sandbox: the built dist/, the example scenario
// files and their JSON Schema, README and LICENSE, and the published package.json, which is made here
// from the workspace manifests (no workspace: or catalog: specifiers reach a user).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BUNDLED,
  catalogVersion,
  engines,
  OPTIONAL_PEERS,
  optionalDependencies,
  runtimeDependencies,
  workspaceManifest,
} from './manifest.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const here = join(root, 'npay-sandbox')

const types = (entry) => `./dist/types/npay-sandbox/src/${entry}.d.ts`
const subpath = (entry) => ({ types: types(entry), default: `./dist/${entry}.js` })

/** The package.json a user installs. */
export function publishedManifest() {
  const workspace = workspaceManifest()
  const catalogVersions = runtimeDependencies()
  const peers = Object.fromEntries(OPTIONAL_PEERS.map((name) => [name, peerRange(name)]))
  return {
    name: workspace.name,
    version: workspace.version,
    description:
      '네이버페이 주문형 가맹점 주문관리·정산 API의 오프라인 샌드박스와 계약 테스트 도구 — offline sandbox, MSW handlers and contract tests for the Naver Pay order-type merchant order-management and settlement API',
    keywords: [
      'naver-pay',
      'npay',
      '네이버페이',
      'mock-server',
      'msw',
      'contract-testing',
      'sandbox',
      'emulator',
    ],
    license: 'MIT',
    type: 'module',
    engines: engines(),
    exports: {
      '.': subpath('index'),
      './client': subpath('client'),
      './scenarios': subpath('scenarios'),
      './contracts': subpath('contracts'),
      './scenario.schema.json': './schema/scenario.schema.json',
      './package.json': './package.json',
    },
    types: types('index'),
    bin: { 'npay-sandbox': 'dist/cli.js' },
    files: ['dist', 'examples', 'schema', 'README.md', 'LICENSE'],
    dependencies: catalogVersions,
    optionalDependencies: optionalDependencies(),
    peerDependencies: peers,
    peerDependenciesMeta: Object.fromEntries(OPTIONAL_PEERS.map((name) => [name, { optional: true }])),
  }
}

/** Any version of the major the workspace is built and tested with. */
const peerRange = (name) => `^${catalogVersion(name).split('.')[0]}.0.0`

/** Every workspace package moves with the published version (the health endpoint reports it). */
function checkVersions(version) {
  for (const folder of BUNDLED) {
    const other = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).version
    if (other !== version)
      throw new Error(`${folder}/package.json is at ${other}, npay-sandbox at ${version}`)
  }
}

/** Writes the stage; returns its folder. */
export function stage() {
  checkVersions(workspaceManifest().version)
  const out = join(root, 'release', 'stage', 'npay-sandbox')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  cpSync(join(here, 'dist'), join(out, 'dist'), { recursive: true })
  cpSync(join(root, 'scenarios', 'examples'), join(out, 'examples'), { recursive: true })
  cpSync(join(root, 'scenarios', 'schema'), join(out, 'schema'), { recursive: true })
  cpSync(join(root, 'README.md'), join(out, 'README.md'))
  cpSync(join(root, 'LICENSE'), join(out, 'LICENSE'))
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(publishedManifest(), null, 2)}\n`)
  return out
}
