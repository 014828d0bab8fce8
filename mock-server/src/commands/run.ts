import { withAdminToken } from '@npay-sandbox/client'
import {
  formatCoverage,
  formatScenario,
  formatTotals,
  httpTarget,
  inProcessTarget,
  junitXml,
  originOf,
  runScenarios,
  scenarioFiles,
} from '@npay-sandbox/scenarios'
import { appFetch } from '../app-fetch.ts'
import { ADMIN_TOKEN_ENV } from '../middleware/bind-check.ts'
import { writeOutputFile } from '../output-file.ts'
import { parseCommandArgs } from './parse-command-args.ts'
import { type Command, usageError } from './types.ts'

const usage = `  npay-sandbox run <files or folders…> [--base-url URL] [--junit FILE] [--coverage] [--min-coverage PERCENT]
                   [--admin-token T] [--verbose]
      Run QA scenario files (YAML; schema in scenarios/schema/scenario.schema.json). In-process by default,
      each file on a fresh emulator; with --base-url against a running one, each file as a new merchant.
      Prints every step, and for a failed step what was sent, what came back and what differed. Exits 1 when
      a scenario fails. --junit writes JUnit XML; --coverage reports the state-table rows and error codes the
      run exercised; --min-coverage fails the run when row coverage is below PERCENT. --admin-token (or
      $${ADMIN_TOKEN_ENV}) is sent to the control plane of an emulator started with one.`

export const run: Command = {
  summary: 'run QA scenario files and report steps, coverage and JUnit XML',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: {
          'base-url': { type: 'string' },
          'admin-token': { type: 'string' },
          junit: { type: 'string' },
          coverage: { type: 'boolean', default: false },
          'min-coverage': { type: 'string' },
          verbose: { type: 'boolean', default: false },
        },
      },
      usage,
    )
    if (positionals.length === 0) usageError('name at least one scenario file or folder', usage)
    const minimum = values['min-coverage'] === undefined ? undefined : Number(values['min-coverage'])
    if (minimum !== undefined && !(minimum >= 0 && minimum <= 100))
      usageError(`--min-coverage must be a percentage, got ${values['min-coverage']}`, usage)
    const files = scenarioFiles(positionals)
    if (files.length === 0) usageError(`no scenario files in ${positionals.join(' ')}`, usage)
    const baseUrl = values['base-url']
    const adminToken = values['admin-token'] ?? (process.env[ADMIN_TOKEN_ENV] || undefined)
    const viaGlobal = (request: Request) => globalThis.fetch(request)
    const target = baseUrl
      ? httpTarget(baseUrl, { fetch: withAdminToken(viaGlobal, originOf(baseUrl), adminToken) })
      : inProcessTarget(appFetch)
    const summary = await runScenarios(files, target, (result) =>
      console.log(formatScenario(result, values.verbose)),
    )
    if (values.coverage || minimum !== undefined) console.log(`\n${formatCoverage(summary.coverage)}`)
    if (values.junit) {
      writeOutputFile(values.junit, junitXml(summary), 'the JUnit XML')
      console.log(`wrote JUnit XML to ${values.junit}`)
    }
    console.log(formatTotals(summary))
    const belowMinimum = minimum !== undefined && summary.coverage.percent < minimum
    if (belowMinimum) console.error(`transition coverage ${summary.coverage.percent} % is below ${minimum} %`)
    if (summary.failed > 0 || belowMinimum) process.exitCode = 1
  },
}
