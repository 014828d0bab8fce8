import { parseArgs } from 'node:util'
import { t as appFetch } from './app-fetch-CABnAgTg.js'
import { r as writeOutputFile } from './output-file-C_JBoT1K.js'
import {
  N as formatCoverage,
  u as formatScenario,
  d as formatTotals,
  x as httpTarget,
  f as inProcessTarget,
  c as junitXml,
  t as runScenarios,
  C as scenarioFiles,
} from './src-D7jsN-Po.js'
import { t as usageError } from './types-NzTfXNEQ.js'

//#region ../mock-server/src/commands/run.ts
const usage = `  npay-sandbox run <files or folders…> [--base-url URL] [--junit FILE] [--coverage] [--min-coverage PERCENT]
                   [--verbose]
      Run QA scenario files (YAML; schema in scenarios/schema/scenario.schema.json). In-process by default,
      each file on a fresh emulator; with --base-url against a running one, each file as a new merchant.
      Prints every step, and for a failed step what was sent, what came back and what differed. Exits 1 when
      a scenario fails. --junit writes JUnit XML; --coverage reports the state-table rows and error codes the
      run exercised; --min-coverage fails the run when row coverage is below PERCENT.`
const run = {
  summary: 'run QA scenario files and report steps, coverage and JUnit XML',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'base-url': { type: 'string' },
        junit: { type: 'string' },
        coverage: {
          type: 'boolean',
          default: false,
        },
        'min-coverage': { type: 'string' },
        verbose: {
          type: 'boolean',
          default: false,
        },
      },
    })
    if (positionals.length === 0) usageError('name at least one scenario file or folder', usage)
    const minimum = values['min-coverage'] === void 0 ? void 0 : Number(values['min-coverage'])
    if (minimum !== void 0 && !(minimum >= 0 && minimum <= 100))
      usageError(`--min-coverage must be a percentage, got ${values['min-coverage']}`, usage)
    const files = scenarioFiles(positionals)
    if (files.length === 0) usageError(`no scenario files in ${positionals.join(' ')}`, usage)
    const baseUrl = values['base-url']
    const summary = await runScenarios(
      files,
      baseUrl ? httpTarget(baseUrl) : inProcessTarget(appFetch),
      (result) => console.log(formatScenario(result, values.verbose)),
    )
    if (values.coverage || minimum !== void 0) console.log(`\n${formatCoverage(summary.coverage)}`)
    if (values.junit) {
      writeOutputFile(values.junit, junitXml(summary), 'the JUnit XML')
      console.log(`wrote JUnit XML to ${values.junit}`)
    }
    console.log(formatTotals(summary))
    const belowMinimum = minimum !== void 0 && summary.coverage.percent < minimum
    if (belowMinimum) console.error(`transition coverage ${summary.coverage.percent} % is below ${minimum} %`)
    if (summary.failed > 0 || belowMinimum) process.exitCode = 1
  },
}

//#endregion
export { run }
