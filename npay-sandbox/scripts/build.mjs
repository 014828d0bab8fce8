// Builds the package into dist/: ESM JavaScript bundled by tsdown (Rolldown) with the workspace packages
// inlined and third-party dependencies left to npm, and declaration files (declarations.mjs). The single
// executable's CommonJS bundle is made by sea.mjs.
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'tsdown'
import { buildDeclarations } from './declarations.mjs'
import { OPTIONAL_DEPENDENCIES, OPTIONAL_PEERS, runtimeDependencies } from './manifest.mjs'

const here = fileURLToPath(new URL('../', import.meta.url))

/** Entry points: the four import paths and the CLI. */
export const ENTRIES = {
  index: 'src/index.ts',
  client: 'src/client.ts',
  scenarios: 'src/scenarios.ts',
  contracts: 'src/contracts.ts',
  cli: 'src/cli.ts',
}

const external = [...Object.keys(runtimeDependencies()), ...OPTIONAL_DEPENDENCIES, ...OPTIONAL_PEERS]
const isExternal = (id) => external.some((name) => id === name || id.startsWith(`${name}/`))

rmSync(`${here}dist`, { recursive: true, force: true })
await build({
  cwd: here,
  entry: ENTRIES,
  outDir: 'dist',
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  clean: false,
  dts: false,
  deps: { alwaysBundle: [/^@npay-sandbox\//], neverBundle: isExternal },
  logLevel: 'warn',
})
const declarations = buildDeclarations()
console.log(`built ${here}dist (${declarations} declaration files)`)
