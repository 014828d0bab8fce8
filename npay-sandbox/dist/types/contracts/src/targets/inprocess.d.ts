import { type SandboxOptions } from '../../../mock-server/src/index.js'
import type { FetchLike } from '../exchange/record-exchange.js'
import type { Target } from './types.js'
/** Options of the emulator targets. */
export interface EmulatorTargetOptions {
  /** Passed to `createSandbox` (seed, clock, …). */
  sandbox?: SandboxOptions
  /**
   * Rewrites every API response before the client sees it. Tests use it to plant drift in an otherwise
   * faithful emulator; nothing else should.
   */
  alterResponse?: (request: Request, response: Response) => Response | Promise<Response>
}
/**
 * Creates the `inprocess` target.
 * @example
 * const target = await createInprocessTarget()
 * const report = await runContracts({ target })
 */
export declare function createInprocessTarget(options?: EmulatorTargetOptions): Promise<Target>
/**
 * Applies an optional response rewrite to a fetch.
 * @example altered(fetch, undefined) === fetch // true
 */
export declare function altered(fetch: FetchLike, alter: EmulatorTargetOptions['alterResponse']): FetchLike
