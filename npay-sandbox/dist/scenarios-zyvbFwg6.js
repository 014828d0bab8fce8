import { parseArgs } from 'node:util'
import { g as SEEDS } from './src-D7jsN-Po.js'

const scenarios = {
  summary: 'list the named seeds',
  usage: `  npay-sandbox scenarios [--json]
      List the named seeds with one-line descriptions and their parameters (see \`seed\`).`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        json: {
          type: 'boolean',
          default: false,
        },
      },
    })
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

//#endregion
export { scenarios }
