/** The options of `npay-sandbox contracts`, parsed and checked before anything starts. */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { parseArgsProblem } from '@npay-sandbox/mock-server'
import { API_PROFILES, type ApiProfile, isApiProfile } from '@npay-sandbox/protocol'
import { SUITES } from './suites/index.ts'
import { isTargetName, TARGET_NAMES } from './targets/create-target.ts'
import type { TargetName } from './targets/types.ts'

export const CONTRACTS_USAGE = `  npay-sandbox contracts [--target inprocess|msw|http|sandbox] [--api npay|commerce] [--record DIR]
                         [--compare DIR] [--fixtures FILE] [--allow-mutations] [--report DIR] [--suite ID]...
                         [--max-age DAYS] [--pace MS] [--list]
      Run the contract suites against a target (default inprocess). --api commerce runs the Commerce API's
      contract (seller paths under /external) instead of the Npay mall API's (default npay). sandbox reads
      NPAY_BASE_URL (default the real sandbox host), NPAY_CLIENT_ID and NPAY_CLIENT_SECRET; with --api
      commerce NPAY_COMMERCE_BASE_URL (default https://api.commerce.naver.com/external),
      NPAY_COMMERCE_CLIENT_ID, NPAY_COMMERCE_CLIENT_SECRET and, for a SELLER token, NPAY_COMMERCE_ACCOUNT_ID.
      Its state-changing cases need --fixtures and --allow-mutations. --record saves scrubbed cassettes; --compare replays the suites and writes
      drift.md/drift.json (cassettes older than --max-age days, default 30, are flagged stale). --report
      writes report.md, report.json and junit.xml. Exit: 0 ok, 1 failed cases, 2 usage, 3 drift found.`

export interface ContractsCliOptions {
  target: TargetName
  api: ApiProfile
  record?: string
  compare?: string
  fixtures?: string
  allowMutations: boolean
  report?: string
  suites: string[]
  maxAgeDays?: number
  paceMs?: number
  list: boolean
}

/** A mistake in the command line: exit code 2 with the usage. */
export class UsageError extends Error {}

function number(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < min)
    throw new UsageError(`--${name} must be a number ≥ ${min}, got ${value}`)
  return n
}

/**
 * Parses the arguments after `contracts`.
 * @example parseContractsArgs(['--target', 'http', '--report', 'out']) // { target: 'http', report: 'out', … }
 */
export function parseContractsArgs(argv: string[]): ContractsCliOptions {
  const config = {
    args: argv,
    strict: true,
    options: {
      target: { type: 'string', default: 'inprocess' },
      api: { type: 'string', default: 'npay' },
      record: { type: 'string' },
      compare: { type: 'string' },
      fixtures: { type: 'string' },
      'allow-mutations': { type: 'boolean', default: false },
      report: { type: 'string' },
      suite: { type: 'string', multiple: true, default: [] },
      'max-age': { type: 'string' },
      pace: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
  } as const satisfies ParseArgsConfig
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    values = parseArgs(config).values
  } catch (error) {
    throw new UsageError(parseArgsProblem(config, error) ?? (error as Error).message)
  }
  const target = String(values.target)
  if (!isTargetName(target)) throw new UsageError(`--target must be one of ${TARGET_NAMES.join(', ')}`)
  const api = String(values.api)
  if (!isApiProfile(api)) throw new UsageError(`--api must be one of ${API_PROFILES.join(', ')}`)
  const suites = values.suite as string[]
  const known = SUITES.map((s) => s.id)
  const unknown = suites.filter((s) => !known.includes(s))
  if (unknown.length > 0)
    throw new UsageError(`unknown --suite ${unknown.join(', ')}; suites: ${known.join(', ')}`)
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)
  const options: ContractsCliOptions = {
    target,
    api,
    allowMutations: values['allow-mutations'] === true,
    suites,
    list: values.list === true,
  }
  for (const [key, name] of [
    ['record', 'record'],
    ['compare', 'compare'],
    ['fixtures', 'fixtures'],
    ['report', 'report'],
  ] as const) {
    const value = text(name)
    if (value !== undefined) options[key] = value
  }
  const maxAgeDays = number('max-age', text('max-age'), 0)
  if (maxAgeDays !== undefined) options.maxAgeDays = maxAgeDays
  const paceMs = number('pace', text('pace'), 0)
  if (paceMs !== undefined) options.paceMs = paceMs
  return options
}
