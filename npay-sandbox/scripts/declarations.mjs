// Declaration files of the package: tsc emits one .d.ts per source file of every bundled workspace
// package (tsconfig.build.json maps the @npay-sandbox/* names to their sources), then the import
// specifiers are rewritten to what a consumer's TypeScript resolves inside the tarball: `./x.ts` becomes
// `./x.js`, and `@npay-sandbox/engine` the relative path of that package's index.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('../', import.meta.url))
const TYPES = join(here, 'dist', 'types')

/** Where each workspace package's index declarations land below dist/types (from tsconfig paths). */
function packageIndexes() {
  const { compilerOptions } = JSON.parse(readFileSync(join(here, 'tsconfig.build.json'), 'utf8'))
  const out = {}
  for (const [name, [source]] of Object.entries(compilerOptions.paths)) {
    out[name] = join(TYPES, relative('..', source).replace(/\.ts$/, '.d.ts'))
  }
  return out
}

function relativeSpecifier(fromFile, toFile) {
  const path = relative(dirname(fromFile), toFile)
    .split(sep)
    .join('/')
    .replace(/\.d\.ts$/, '.js')
  return path.startsWith('.') ? path : `./${path}`
}

/** Emits and rewrites; returns how many declaration files there are. */
export function buildDeclarations() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.build.json')], { stdio: 'inherit' })
  const indexes = packageIndexes()
  const files = readdirSync(TYPES, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.d.ts'))
  const specifier = /(\bfrom\s+|\bimport\s*\(\s*)(['"])([^'"]+)\2/g
  for (const f of files) {
    const file = join(TYPES, f)
    const text = readFileSync(file, 'utf8').replace(specifier, (all, lead, quote, spec) => {
      if (indexes[spec]) return `${lead}${quote}${relativeSpecifier(file, indexes[spec])}${quote}`
      if (spec.startsWith('.') && spec.endsWith('.ts'))
        return `${lead}${quote}${spec.slice(0, -3)}.js${quote}`
      if (spec.startsWith('@npay-sandbox/')) throw new Error(`${f}: unmapped workspace import ${spec}`)
      return all
    })
    writeFileSync(file, text)
  }
  return files.length
}
