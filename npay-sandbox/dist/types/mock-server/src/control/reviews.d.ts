/**
 * The buyer writes a purchase review (`POST /__sandbox/product-orders/{id}/reviews`): the only way a
 * review comes into being, since the real API can only read them (facts §12).
 */
import { type Engine } from '../../../packages/engine/src/index.js'
import type { Register } from './index.js'
/**
 * Registers the review-writing route.
 * @example reviewRoutes(register, engine) // POST /__sandbox/product-orders/{id}/reviews {"score":4}
 */
export declare function reviewRoutes(register: Register, engine: Engine): void
