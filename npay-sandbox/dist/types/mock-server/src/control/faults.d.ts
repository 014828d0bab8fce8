/**
 * `/__sandbox/faults`: put, read and remove a merchant's fault rules (see putFaults in the control-plane
 * document and middleware/faults.ts).
 */
import type { Engine } from '../../../packages/engine/src/index.js'
import { type Register } from './index.js'
/**
 * Registers putFaults, getFaults and deleteFaults.
 * @example faultRoutes(register, engine)
 */
export declare function faultRoutes(register: Register, engine: Engine): void
