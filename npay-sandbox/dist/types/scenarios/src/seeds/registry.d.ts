/** Every named seed, and `applySeed`: run one on a merchant of an engine and report what it created. */
import { type Engine } from '../../../packages/engine/src/index.js'
import type { SeedDefinition, SeedResult } from './types.js'
/** Every named seed, in the order `npay-sandbox scenarios` lists them. */
export declare const SEEDS: readonly SeedDefinition[]
/** At most this many orders per application, so one request cannot occupy a server for long. */
export declare const MAX_SEED_COUNT = 100000
export interface ApplySeedOptions {
  /** Merchant to seed; the default merchant when omitted. */
  clientId?: string | undefined
  /** Orders to create (default: the seed's own, 1 for single-state seeds, 200 for busy-shop). */
  count?: number | undefined
  /** Seed of the fake data (default 1). */
  seed?: number | undefined
  params?: Readonly<Record<string, unknown>> | undefined
  /** Called as orders are finished, `done` of `total`. */
  onProgress?: ((done: number, total: number) => void) | undefined
}
/**
 * The seed named `name`, or a 404 `SandboxError` listing the names.
 * @example findSeed('return-on-holdback').promise // { productOrderStatus: 'DELIVERED', … }
 */
export declare function findSeed(name: string): SeedDefinition
/** Checks the parameters against the seed's declaration and fills in defaults. */
export declare function resolveParams(
  seed: SeedDefinition,
  given?: Readonly<Record<string, unknown>>,
): Record<string, number>
/**
 * Runs a named seed on one merchant of `engine`, through the engine's own transitions.
 * @example
 * const engine = createEngine({ seed: 1, clock: 'frozen' })
 * const result = applySeed(engine, 'return-on-holdback', { count: 2 })
 * result.productOrderIds // two product orders, each DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK
 */
export declare function applySeed(engine: Engine, name: string, options?: ApplySeedOptions): SeedResult
