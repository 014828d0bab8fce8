// Writes scenarios/schema/scenario.schema.json from src/runner/schema.ts (run by `pnpm gen`), formatted
// by biome so `pnpm lint` and the drift test agree with what this script writes.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { SCENARIO_SCHEMA } from '../src/runner/schema.ts'

const target = fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url))
writeFileSync(target, `${JSON.stringify(SCENARIO_SCHEMA, null, 2)}\n`)
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', target], { stdio: 'ignore' })
console.log(`wrote ${target}`)
