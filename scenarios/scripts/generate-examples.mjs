// Embeds the example scenario files (examples/*.yaml) into src/generated/examples.ts (run by `pnpm gen`).
import { fileURLToPath } from 'node:url'
import { embedFiles } from '../../scripts/embed-files.mjs'

embedFiles({
  from: fileURLToPath(new URL('../examples/', import.meta.url)),
  to: fileURLToPath(new URL('../src/generated/examples.ts', import.meta.url)),
  exportName: 'EXAMPLE_FILES',
  include: /\.ya?ml$/,
  what: 'the example scenario files of scenarios/examples',
  source: 'scenarios/scripts/generate-examples.mjs',
})
