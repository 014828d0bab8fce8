/** A fresh, frozen-clock engine with one seed applied: what the CLI's in-process `seed` runs. */
import { type Engine, type EngineOptions } from '../../../packages/engine/src/index.js'
import { type ApplySeedOptions } from './registry.js'
import type { SeedResult } from './types.js'
/** Where in-process seeding starts its virtual clock, fixed so the same seed exports the same bytes. */
export declare const DEFAULT_SEED_START: number
export interface SeedEngineOptions extends Omit<ApplySeedOptions, 'clientId'> {
  /** Virtual time at start, epoch ms (default {@link DEFAULT_SEED_START}). */
  startTime?: number | undefined
  /** Further engine options (the clock is always frozen). */
  engine?: Omit<EngineOptions, 'seed' | 'clock' | 'startTime'>
}
/**
 * Creates a deterministic engine (engine seed = data seed, frozen clock) and applies one named seed.
 * @example
 * const { engine, result } = seedEngine('busy-shop', { seed: 7, count: 100 })
 * exportTenant(engine.tenant()) // identical for every run with seed 7
 */
export declare function seedEngine(
  name: string,
  options?: SeedEngineOptions,
): {
  engine: Engine
  result: SeedResult
}
