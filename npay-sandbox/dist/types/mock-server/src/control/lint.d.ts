/** `GET /__sandbox/lint`: a merchant's client-behaviour findings (see getLint and middleware/lint.ts). */
import type { Engine } from '../../../packages/engine/src/index.js'
import { type Register } from './index.js'
/**
 * Registers getLint.
 * @example lintRoutes(register, engine)
 */
export declare function lintRoutes(register: Register, engine: Engine): void
