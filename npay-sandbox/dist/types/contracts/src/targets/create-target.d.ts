/**
 * The target factory: builds a target by name. The `sandbox` target's base URL and credentials come
 * from the environment given here (`NPAY_BASE_URL`, `NPAY_CLIENT_ID`, `NPAY_CLIENT_SECRET`), so only the
 * entry point reads `process.env`.
 */
import type { Fixtures } from '../provider-states/fixtures.js'
import type { Target, TargetName } from './types.js'
export declare const TARGET_NAMES: readonly TargetName[]
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
export declare function isTargetName(name: string): name is TargetName
/**
 * Creates a target by name. Emulator targets ignore fixtures and always allow mutations.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 */
export declare function createTarget(name: TargetName, options?: TargetFactoryOptions): Promise<Target>
