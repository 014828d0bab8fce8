/**
 * The `http` target: an emulator spawned as its own process (`npay-sandbox start --port 0` on
 * 127.0.0.1), called over real TCP, exactly as an integrator's service would call it.
 */
import { type ChildProcess } from 'node:child_process'
import type { Target } from './types.js'
/**
 * The emulator's CLI in the workspace, found through the mock-server package rather than a relative path.
 * The `npay-sandbox` package passes its own entry instead (or the single executable itself).
 * @example workspaceEmulatorCommand() // [process.execPath, '/…/mock-server/bin/npay-sandbox.mjs']
 */
export declare function workspaceEmulatorCommand(): string[]
/**
 * Spawns an emulator on a free port of 127.0.0.1 and creates the `http` target over it.
 * @example
 * const target = await createHttpTarget()
 * try { await runContracts({ target }) } finally { await target.close() }
 */
export declare function createHttpTarget(command?: readonly string[]): Promise<Target>
/**
 * Ends a child process: SIGTERM, then SIGKILL if it lingers.
 * @example await stop(child)
 */
export declare function stop(child: ChildProcess): Promise<void>
