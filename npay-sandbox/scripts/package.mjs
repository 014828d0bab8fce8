// `pnpm package`: builds the package, packs release/npay-sandbox-<version>.tgz with npm, checks it with
// `npm publish --dry-run`, and builds the single executable release/npay-sandbox-<platform>-<arch>
// (sea.mjs). `--no-binary` skips the executable; `--no-build` packs the dist/ that is there.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildSea } from './sea.mjs'
import { stage } from './stage.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const here = join(root, 'npay-sandbox')
const release = join(root, 'release')

const { values } = parseArgs({
  options: {
    'no-binary': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
})
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

if (!values['no-build'])
  execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { stdio: 'inherit' })
const staged = stage()
const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', release], staged))
console.log(`packed ${join(release, packed.filename)} (${packed.entryCount} files, ${packed.size} bytes)`)
npm(['publish', '--dry-run', '--tag', 'dry-run', join(release, packed.filename)], release)
console.log('npm publish --dry-run: ok')
if (!values['no-binary']) console.log(`built ${await buildSea({ root })}`)
