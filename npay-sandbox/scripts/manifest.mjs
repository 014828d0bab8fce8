// What the published package depends on, read from the workspace packages it bundles: their third-party
// dependencies with the catalog's versions (pnpm-workspace.yaml), so no version is written twice.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path) => JSON.parse(readFileSync(root + path, 'utf8'))

/** Loaded on demand by the code that needs it, so a user installs it only to use that feature. */
export const OPTIONAL_PEERS = ['msw']
/**
 * Installed by default but allowed to fail: better-sqlite3 builds a native addon where no prebuilt binary
 * can be fetched; without it everything but `--state-file` works, and `--state-file` says what is missing
 * (docs/decisions/0004-durable-state.md).
 */
export const OPTIONAL_DEPENDENCIES = ['better-sqlite3']
/** Workspace tooling that the built code never loads. */
const BUILD_ONLY = ['tsx']

/** The workspace packages whose code the package bundles, by folder. */
export const BUNDLED = [
  'packages/schema',
  'packages/protocol',
  'packages/engine',
  'packages/client',
  'scenarios',
].concat(['mock-server', 'contracts'])

function catalog() {
  return parse(readFileSync(`${root}pnpm-workspace.yaml`, 'utf8')).catalog
}

/** The catalog's version of a dependency. */
export function catalogVersion(name) {
  const version = catalog()[name]
  if (!version) throw new Error(`pnpm-workspace.yaml has no catalog version for ${name}`)
  return version
}

/** `{ name: version }` of every third-party runtime dependency of the bundled packages. */
export function runtimeDependencies() {
  const versions = catalog()
  const out = {}
  for (const folder of BUNDLED) {
    for (const [name, spec] of Object.entries(read(`${folder}/package.json`).dependencies ?? {})) {
      if (name.startsWith('@npay-sandbox/') || BUILD_ONLY.includes(name)) continue
      if (OPTIONAL_DEPENDENCIES.includes(name)) continue
      const version = spec === 'catalog:' ? versions[name] : spec
      if (!version) throw new Error(`${folder}: no catalog version for ${name}`)
      out[name] = version
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
}

/** `{ name: version }` of the optional dependencies, at the catalog's versions. */
export function optionalDependencies() {
  return Object.fromEntries(OPTIONAL_DEPENDENCIES.map((name) => [name, catalogVersion(name)]))
}

/** The workspace manifest of this package (name, version, description). */
export function workspaceManifest() {
  return read('npay-sandbox/package.json')
}

/** The Node versions the workspace supports (root package.json `engines`). */
export function engines() {
  return read('package.json').engines
}
