/**
 * The target factory: builds a target by name. The `sandbox` target's base URL and credentials come
 * from the environment given here (`NPAY_BASE_URL`, `NPAY_CLIENT_ID`, `NPAY_CLIENT_SECRET`), so only the
 * entry point reads `process.env`.
 */
import type { Fixtures } from '../provider-states/fixtures.ts'
import { createHttpTarget } from './http.ts'
import { createInprocessTarget } from './inprocess.ts'
import { createMswTarget } from './msw.ts'
import { createSandboxTarget } from './sandbox.ts'
import type { Target, TargetName } from './types.ts'

export const TARGET_NAMES: readonly TargetName[] = ['inprocess', 'msw', 'http', 'sandbox']

export interface TargetFactoryOptions {
  env?: Readonly<Record<string, string | undefined>>
  fixtures?: Fixtures
  allowMutations?: boolean
  /** Spacing of requests for the `sandbox` target, ms. */
  paceMs?: number
  /** How the `http` target starts an emulator: a program and its arguments before `start` (see http.ts). */
  emulatorCommand?: readonly string[]
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
 */
export async function createTarget(name: TargetName, options: TargetFactoryOptions = {}): Promise<Target> {
  if (name === 'inprocess') return createInprocessTarget()
  if (name === 'msw') return createMswTarget()
  if (name === 'http') return createHttpTarget(options.emulatorCommand)
  const env = options.env ?? {}
  return createSandboxTarget({
    ...(env.NPAY_BASE_URL ? { baseUrl: env.NPAY_BASE_URL } : {}),
    clientId: env.NPAY_CLIENT_ID ?? '',
    clientSecret: env.NPAY_CLIENT_SECRET ?? '',
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    allowMutations: options.allowMutations ?? false,
    ...(options.paceMs === undefined ? {} : { paceMs: options.paceMs }),
  })
}
