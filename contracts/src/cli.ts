/**
 * `npay-sandbox contracts`: runs the suites against a target, records cassettes, compares with earlier
 * recordings and writes reports. The emulator's CLI loads this module lazily and hands it argv and the
 * environment, so nothing here reads `process.env`.
 */
import type { Cassette } from './cassettes/cassette.ts'
import { readCassettes, writeCassettes } from './cassettes/store.ts'
import { CONTRACTS_USAGE, type ContractsCliOptions, parseContractsArgs, UsageError } from './cli-options.ts'
import { compareWithCassettes } from './drift/compare.ts'
import { writeDriftReport } from './drift/write-drift-report.ts'
import { listCases } from './list-cases.ts'
import { suitesFor } from './profiles.ts'
import { readFixtures } from './provider-states/fixtures.ts'
import { resultLine, summaryLine } from './report/render-run.ts'
import { writeRunReport } from './report/write-run-report.ts'
import { runContracts } from './runner/run-contracts.ts'
import { SUITES } from './suites/index.ts'
import { createTarget, type TargetFactoryOptions } from './targets/create-target.ts'
import type { Target } from './targets/types.ts'

/** Where the CLI writes; tests capture it. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
}

/** Exit codes: documented in the usage and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2, drift: 3 } as const
const DEFAULT_REPORT_DIR = 'contracts-report'

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) }

type Env = Readonly<Record<string, string | undefined>>

/**
 * Runs the command and returns its exit code.
 * @example process.exitCode = await runContractsCli(['--target', 'http'], process.env)
 */
export async function runContractsCli(
  argv: string[],
  env: Env,
  io: CliIo = consoleIo,
  launch: Pick<TargetFactoryOptions, 'emulatorCommand'> = {},
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`Usage:\n${CONTRACTS_USAGE}`)
    return EXIT.ok
  }
  let options: ContractsCliOptions
  let cassettes: Cassette[] | undefined
  let target: Target
  try {
    options = parseContractsArgs(argv)
    if (options.list) {
      for (const line of listCases(selected(options))) io.out(line)
      return EXIT.ok
    }
    ;({ cassettes, target } = await prepare(options, env, io, launch))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(`npay-sandbox contracts: ${error.message}\n\nUsage:\n${CONTRACTS_USAGE}`)
    return EXIT.usage
  }
  try {
    return await run(options, target, cassettes, io)
  } finally {
    await target.close()
  }
}

/** Reads the files and builds the target; whatever is wrong here is the caller's to fix (exit 2). */
async function prepare(
  options: ContractsCliOptions,
  env: Env,
  io: CliIo,
  launch: Pick<TargetFactoryOptions, 'emulatorCommand'>,
) {
  const asUsage = (error: unknown): never => {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const fixtures = options.fixtures ? await readFixtures(options.fixtures).catch(asUsage) : undefined
  const cassettes = options.compare ? await readCassettes(options.compare).catch(asUsage) : undefined
  if (fixtures && options.target !== 'sandbox') io.err('note: --fixtures is used by the sandbox target only')
  const target = await createTarget(options.target, {
    ...launch,
    api: options.api,
    env,
    ...(fixtures ? { fixtures } : {}),
    allowMutations: options.allowMutations,
    ...(options.paceMs === undefined ? {} : { paceMs: options.paceMs }),
  }).catch((error: unknown) => (error instanceof TypeError ? asUsage(error) : Promise.reject(error)))
  return { cassettes, target }
}

/** The suites asked for, with only the cases of the API asked for. */
function selected(options: ContractsCliOptions) {
  const suites = options.suites.length === 0 ? SUITES : SUITES.filter((s) => options.suites.includes(s.id))
  return suitesFor(suites, options.api)
}

async function run(
  options: ContractsCliOptions,
  target: Target,
  cassettes: Cassette[] | undefined,
  io: CliIo,
) {
  io.out(`contracts against ${target.name}: ${target.description}`)
  if (target.name === 'sandbox' && target.allowMutations) {
    io.out('mutations allowed: cases will change the product orders of the fixtures file')
  }
  const report = await runContracts({
    target,
    suites: selected(options),
    onResult: (r) => io.out(resultLine(r)),
  })
  io.out(summaryLine(report))
  if (options.record) {
    const files = await writeCassettes(options.record, report)
    io.out(`recorded ${files.length - 1} cassettes in ${options.record}`)
  }
  if (options.report) io.out(`report: ${(await writeRunReport(options.report, report)).join(', ')}`)
  let drifted = false
  if (cassettes) {
    const maxAge = options.maxAgeDays === undefined ? {} : { maxAgeDays: options.maxAgeDays }
    const drift = compareWithCassettes(cassettes, report, maxAge)
    const { json, markdown } = await writeDriftReport(options.report ?? DEFAULT_REPORT_DIR, drift)
    const { summary } = drift
    io.out(
      `drift: ${summary.differences} differences in ${summary.withDrift} of ${summary.compared} cases, ` +
        `${summary.stale} stale cassettes — ${markdown}, ${json}`,
    )
    drifted = summary.differences > 0
  }
  if (report.summary.failed > 0) return EXIT.failed
  return drifted ? EXIT.drift : EXIT.ok
}
