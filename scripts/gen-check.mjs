// Regenerates every generated file and fails when that changes anything tracked by git,
// so committed generated code can never drift from its source.
import { execFileSync, execSync } from 'node:child_process'

execSync('pnpm -s gen', { stdio: 'inherit' })
const diff = execFileSync(
  'git',
  [
    'status',
    '--porcelain',
    '--untracked-files=all',
    '--',
    ':(glob)**/generated/**',
    'docs/state-machine.md',
    'docs/errors.md',
  ],
  { encoding: 'utf8' },
).trim()
if (diff) {
  console.error(`Generated files are out of date; run \`pnpm gen\` and commit the result:\n${diff}`)
  process.exit(1)
}
console.log('generated files are up to date')
