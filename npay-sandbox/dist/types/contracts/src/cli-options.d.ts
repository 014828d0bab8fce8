import type { TargetName } from './targets/types.js'
export declare const CONTRACTS_USAGE =
  '  npay-sandbox contracts [--target inprocess|msw|http|sandbox] [--record DIR] [--compare DIR]\n                         [--fixtures FILE] [--allow-mutations] [--report DIR] [--suite ID]... [--max-age DAYS]\n                         [--pace MS] [--list]\n      Run the contract suites against a target (default inprocess). sandbox reads NPAY_BASE_URL (default the\n      real sandbox host), NPAY_CLIENT_ID and NPAY_CLIENT_SECRET; its state-changing cases need --fixtures\n      and --allow-mutations. --record saves scrubbed cassettes; --compare replays the suites and writes\n      drift.md/drift.json (cassettes older than --max-age days, default 30, are flagged stale). --report\n      writes report.md, report.json and junit.xml. Exit: 0 ok, 1 failed cases, 2 usage, 3 drift found.'
export interface ContractsCliOptions {
  target: TargetName
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
export declare class UsageError extends Error {}
/**
 * Parses the arguments after `contracts`.
 * @example parseContractsArgs(['--target', 'http', '--report', 'out']) // { target: 'http', report: 'out', … }
 */
export declare function parseContractsArgs(argv: string[]): ContractsCliOptions
