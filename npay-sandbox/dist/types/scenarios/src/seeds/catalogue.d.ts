import type { SeedDefinition } from './types.js'
export declare const PATH_SEEDS: readonly SeedDefinition[]
