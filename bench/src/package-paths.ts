/**
 * Where the package under test comes from and where it is installed. The benchmark measures what users
 * install: `pnpm package`'s tarball (npay-sandbox/dist, packed) installed by npm with its dependencies
 * into `bench/.cache/installed`, and the single executable, never the TypeScript sources. Plain
 * constants, so the server children can import this before they load anything else.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))

/** The workspace root. */
export const WORKSPACE = at('')
const { version } = JSON.parse(readFileSync(at('npay-sandbox/package.json'), 'utf8')) as { version: string }
/** The package version the tarball carries. */
export const PACKAGE_VERSION = version
/** `npay-sandbox/dist`, written by `BUILD_SCRIPT`; its entry points. */
export const DIST_ENTRIES = [at('npay-sandbox/dist/index.js'), at('npay-sandbox/dist/cli.js')]
export const BUILD_SCRIPT = at('npay-sandbox/scripts/build.mjs')
/** `pnpm package`: packs `TARBALL` from dist and builds `SEA_BINARY`. */
export const PACKAGE_SCRIPT = at('npay-sandbox/scripts/package.mjs')
export const TARBALL = at(`release/npay-sandbox-${version}.tgz`)
/** The Node single executable for this platform. */
export const SEA_BINARY = at(`release/npay-sandbox-${process.platform}-${process.arch}`)
/** The project the tarball is installed into, as `npm i npay-sandbox` would. */
export const INSTALL_DIR = at('bench/.cache/installed')
const INSTALLED = join(INSTALL_DIR, 'node_modules', 'npay-sandbox')
/** `createSandbox` and the rest of the public API, as users import it. */
export const INSTALLED_INDEX = join(INSTALLED, 'dist', 'index.js')
/** The CLI that `npx npay-sandbox` runs. */
export const INSTALLED_CLI = join(INSTALLED, 'dist', 'cli.js')

/** What goes into the build: when any file here is newer than dist, dist is stale. */
export const BUILD_INPUTS = [
  'npay-sandbox/src',
  'npay-sandbox/scripts',
  'npay-sandbox/package.json',
  'mock-server/src',
  'mock-server/package.json',
  'scenarios/src',
  'scenarios/package.json',
  'contracts/src',
  'contracts/package.json',
  'packages/schema/src',
  'packages/protocol/src',
  'packages/engine/src',
  'packages/client/src',
  'packages/schema/package.json',
  'packages/protocol/package.json',
  'packages/engine/package.json',
  'packages/client/package.json',
].map(at)
