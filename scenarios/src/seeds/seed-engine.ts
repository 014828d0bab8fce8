/** A fresh, frozen-clock engine with one seed applied: what the CLI's in-process `seed` runs. */
import { createEngine, type Engine, type EngineOptions } from '@npay-sandbox/engine'
import { type ApplySeedOptions, applySeed } from './registry.ts'
import type { SeedResult } from './types.ts'

/** Where in-process seeding starts its virtual clock, fixed so the same seed exports the same bytes. */
export const DEFAULT_SEED_START = Date.parse('2025-06-02T09:00:00.000+09:00')

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
export function seedEngine(
  name: string,
  options: SeedEngineOptions = {},
): { engine: Engine; result: SeedResult } {
  const seed = options.seed ?? 1
  const engine = createEngine({
    ...options.engine,
    seed,
    clock: 'frozen',
    startTime: options.startTime ?? DEFAULT_SEED_START,
  })
  const { engine: _, startTime: __, ...apply } = options
  return { engine, result: applySeed(engine, name, { ...apply, seed }) }
}
