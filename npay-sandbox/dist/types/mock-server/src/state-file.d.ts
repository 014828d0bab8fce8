import type { MiddlewareHandler } from 'hono'
import type { Engine } from '../../packages/engine/src/index.js'
import type { AppEnv } from './env.js'
/** Loads a state file into the engine when it exists; a corrupt file stops the start with the reason. */
export declare function loadStateFile(engine: Engine, path: string): boolean
/**
 * Writes `text` to `path` atomically and durably, creating the folder first; an error names `path`, not
 * the temporary file.
 */
export declare function writeFileAtomic(path: string, text: string): void
/** Saves the engine's state after any request that changed it, before the response leaves. */
export declare function persistChanges(engine: Engine, path: string): MiddlewareHandler<AppEnv>
