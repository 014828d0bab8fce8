import { type EmulatorTargetOptions } from './inprocess.js'
import type { Target } from './types.js'
/**
 * Creates the `msw` target. Unhandled requests are errors, so nothing leaks to the network.
 * @example
 * const target = await createMswTarget()
 * try { await runContracts({ target }) } finally { await target.close() }
 */
export declare function createMswTarget(options?: EmulatorTargetOptions): Promise<Target>
