import type { SeedDefinition } from './types.js'
/**
 * The busy-shop seed definition.
 * @example applySeed(engine, 'busy-shop', { count: 500, params: { days: 14 } })
 */
export declare const busyShop: SeedDefinition
