// Writes docs/state-machine.md from the transition table (run by `pnpm gen`).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { stateMachineMarkdown } from '../src/machine/diagram.ts'

const target = fileURLToPath(new URL('../../../docs/state-machine.md', import.meta.url))
writeFileSync(target, stateMachineMarkdown())
console.log(`wrote ${target}`)
