/**
 * `npay-sandbox/contracts`: the contract suites, their targets, cassettes and drift reports. The `http`
 * target starts this package's own CLI as the emulator process.
 * @example
 * import { createTarget, runContracts } from 'npay-sandbox/contracts'
 * const target = await createTarget('http')
 * try { console.log((await runContracts({ target })).summary) } finally { await target.close() }
 */
import {
  createHttpTarget as createHttpTargetWith,
  createTarget as createTargetWith,
  runContractsCli as runContractsCliWith,
  type Target,
  type TargetFactoryOptions,
  type TargetName,
} from '@npay-sandbox/contracts'
import { selfCommand } from './commands/self.ts'
import { packageCli } from './package-cli.ts'

export * from '@npay-sandbox/contracts'

const emulatorCommand = (): string[] => packageCli() ?? selfCommand()

/**
 * Spawns this package's emulator on a free port of 127.0.0.1 and creates the `http` target over it;
 * `{ api: 'commerce' }` runs the Commerce API's contract at `/external`.
 * @example const target = await createHttpTarget()
 * @example const commerce = await createHttpTarget(undefined, { api: 'commerce' })
 */
export function createHttpTarget(
  command: readonly string[] = emulatorCommand(),
  options: Parameters<typeof createHttpTargetWith>[1] = {},
): Promise<Target> {
  return createHttpTargetWith(command, options)
}

/**
 * Creates a target by name; the `http` target runs this package's emulator unless told otherwise.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 */
export function createTarget(name: TargetName, options: TargetFactoryOptions = {}): Promise<Target> {
  return createTargetWith(name, { emulatorCommand: emulatorCommand(), ...options })
}

/**
 * Runs the `contracts` command line and returns its exit code.
 * @example process.exitCode = await runContractsCli(['--target', 'http'], process.env)
 */
export function runContractsCli(
  argv: string[],
  env: Readonly<Record<string, string | undefined>>,
  ...rest: Parameters<typeof runContractsCliWith> extends [unknown, unknown, ...infer R] ? R : never
): Promise<number> {
  const [io, launch] = rest
  return runContractsCliWith(argv, env, io, { emulatorCommand: emulatorCommand(), ...launch })
}
