/**
 * `npay-sandbox/contracts`: the contract suites, their targets, cassettes and drift reports. The `http`
 * target starts this package's own CLI as the emulator process.
 * @example
 * import { createTarget, runContracts } from 'npay-sandbox/contracts'
 * const target = await createTarget('http')
 * try { console.log((await runContracts({ target })).summary) } finally { await target.close() }
 */
import {
  runContractsCli as runContractsCliWith,
  type Target,
  type TargetFactoryOptions,
  type TargetName,
} from '../../contracts/src/index.js'

export * from '../../contracts/src/index.js'
/**
 * Spawns this package's emulator on a free port of 127.0.0.1 and creates the `http` target over it.
 * @example const target = await createHttpTarget()
 */
export declare function createHttpTarget(command?: readonly string[]): Promise<Target>
/**
 * Creates a target by name; the `http` target runs this package's emulator unless told otherwise.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 */
export declare function createTarget(name: TargetName, options?: TargetFactoryOptions): Promise<Target>
/**
 * Runs the `contracts` command line and returns its exit code.
 * @example process.exitCode = await runContractsCli(['--target', 'http'], process.env)
 */
export declare function runContractsCli(
  argv: string[],
  env: Readonly<Record<string, string | undefined>>,
  ...rest: Parameters<typeof runContractsCliWith> extends [unknown, unknown, ...infer R] ? R : never
): Promise<number>
