import { SEEDS } from '@npay-sandbox/scenarios'
import { parseCommandArgs } from './parse-command-args.ts'
import type { Command } from './types.ts'

const usage = `  npay-sandbox scenarios [--json]
      List the named seeds with one-line descriptions and their parameters (see \`seed\`).`

export const scenarios: Command = {
  summary: 'list the named seeds',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(
      { args: argv, options: { json: { type: 'boolean', default: false } } },
      usage,
    )
    if (values.json) {
      console.log(
        JSON.stringify(
          SEEDS.map(({ run: _run, validate: _validate, ...seed }) => seed),
          null,
          2,
        ),
      )
      return
    }
    const width = Math.max(...SEEDS.map((s) => s.name.length)) + 2
    const lines = ['Named seeds — npay-sandbox seed <name> [--count N] [--seed S] [--param name=value]', '']
    for (const seed of SEEDS) {
      lines.push(`  ${seed.name.padEnd(width)}${seed.description}`)
      const params = seed.params.map((p) => `${p.name}=${p.default} (${p.description})`)
      if (params.length > 0) lines.push(`  ${' '.repeat(width)}  --param ${params.join(', ')}`)
    }
    console.log(lines.join('\n'))
  },
}
