import { type TargetFactoryOptions } from './targets/create-target.js'
/** Where the CLI writes; tests capture it. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
}
/** Exit codes: documented in the usage and the README. */
export declare const EXIT: {
  readonly ok: 0
  readonly failed: 1
  readonly usage: 2
  readonly drift: 3
}
type Env = Readonly<Record<string, string | undefined>>
/**
 * Runs the command and returns its exit code.
 * @example process.exitCode = await runContractsCli(['--target', 'http'], process.env)
 */
export declare function runContractsCli(
  argv: string[],
  env: Env,
  io?: CliIo,
  launch?: Pick<TargetFactoryOptions, 'emulatorCommand'>,
): Promise<number>
