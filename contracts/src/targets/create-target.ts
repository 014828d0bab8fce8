/**
 * The target factory: builds a target by name and API. The `sandbox` target's base URL and credentials
 * come from the environment given here, so only the entry point reads `process.env`: for the mall API
 * `NPAY_BASE_URL`, `NPAY_CLIENT_ID`, `NPAY_CLIENT_SECRET`; for the Commerce API
 * `NPAY_COMMERCE_BASE_URL`, `NPAY_COMMERCE_CLIENT_ID`, `NPAY_COMMERCE_CLIENT_SECRET` and, for a `SELLER`
 * token, `NPAY_COMMERCE_ACCOUNT_ID`.
 */
import type { ApiProfile } from '@npay-sandbox/protocol'
import type { Fixtures } from '../provider-states/fixtures.ts'
import { createHttpTarget } from './http.ts'
import { createInprocessTarget } from './inprocess.ts'
import { createMswTarget } from './msw.ts'
import { createSandboxTarget } from './sandbox.ts'
import type { Target, TargetName } from './types.ts'

export const TARGET_NAMES: readonly TargetName[] = ['inprocess', 'msw', 'http', 'sandbox']

export interface TargetFactoryOptions {
  /** Which API the target speaks. Default `npay`. */
  api?: ApiProfile
  env?: Readonly<Record<string, string | undefined>>
  fixtures?: Fixtures
  allowMutations?: boolean
  /** Spacing of requests for the `sandbox` target, ms. */
  paceMs?: number
  /** How the `http` target starts an emulator: a program and its arguments before `start` (see http.ts). */
  emulatorCommand?: readonly string[]
}

/** The environment variables the `sandbox` target of each API reads. */
export const SANDBOX_ENV: Readonly<
  Record<ApiProfile, { baseUrl: string; clientId: string; clientSecret: string; accountId?: string }>
> = {
  npay: { baseUrl: 'NPAY_BASE_URL', clientId: 'NPAY_CLIENT_ID', clientSecret: 'NPAY_CLIENT_SECRET' },
  commerce: {
    baseUrl: 'NPAY_COMMERCE_BASE_URL',
    clientId: 'NPAY_COMMERCE_CLIENT_ID',
    clientSecret: 'NPAY_COMMERCE_CLIENT_SECRET',
    accountId: 'NPAY_COMMERCE_ACCOUNT_ID',
  },
}

/**
 * Whether a string names a target.
 * @example isTargetName('http') // true
 */
export function isTargetName(name: string): name is TargetName {
  return (TARGET_NAMES as readonly string[]).includes(name)
}

/**
 * Creates a target by name. Emulator targets ignore fixtures and always allow mutations.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 * @example const commerce = await createTarget('msw', { api: 'commerce' })
 */
export async function createTarget(name: TargetName, options: TargetFactoryOptions = {}): Promise<Target> {
  const api = options.api ?? 'npay'
  if (name === 'inprocess') return createInprocessTarget({ api })
  if (name === 'msw') return createMswTarget({ api })
  if (name === 'http') return createHttpTarget(options.emulatorCommand, { api })
  const env = options.env ?? {}
  const names = SANDBOX_ENV[api]
  const accountId = names.accountId ? env[names.accountId] : undefined
  return createSandboxTarget({
    api,
    envNames: names,
    ...(env[names.baseUrl] ? { baseUrl: env[names.baseUrl] } : {}),
    clientId: env[names.clientId] ?? '',
    clientSecret: env[names.clientSecret] ?? '',
    ...(accountId ? { accountId } : {}),
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    allowMutations: options.allowMutations ?? false,
    ...(options.paceMs === undefined ? {} : { paceMs: options.paceMs }),
  })
}
