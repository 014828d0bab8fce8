/** Messages between the benchmark runner and its server children (Node IPC). */
import type { SeedStats } from '../seed.ts'
import type { BcryptRate } from './bcrypt-rate.ts'

export type ServerKind = 'baseline' | 'sandbox'

export interface ServerPlan {
  kind: ServerKind
  /** Product orders seeded before listening (sandbox only). */
  productOrders: number
  depth: 'placed' | 'lifecycle'
  itemsPerOrder: number
  /** Orders of 30 placed items created after the memory reading, for dispatch (sandbox only). */
  dispatchOrders: number
}

export interface MemoryReading {
  /** Resident set size after a full GC, bytes. */
  rss: number
  heapUsed: number
}

export interface ReadyMessage {
  type: 'ready'
  port: number
  clientId: string
  clientSecret: string
  seed?: SeedStats
  /** Memory before and after seeding (after the app was built). */
  memory?: { before: MemoryReading; after: MemoryReading }
  /** Ten product order ids from the middle of the seeded ones. */
  sampleIds: string[]
  /** `lastChangedFrom` halfway through the history (KST). */
  midpointKst: string
  /** The tenant's virtual now (KST): dispatch dates must not be later. */
  nowKst: string
  /** The 30 product order ids of each dispatchable order. */
  dispatchable: string[][]
}

export type ParentMessage = { type: 'stop' } | { type: 'usage' } | { type: 'bcrypt'; seconds: number }

export interface BcryptMessage {
  type: 'bcrypt'
  rate: BcryptRate
}

/** The child's CPU time so far (user + system), microseconds. */
export interface UsageMessage {
  type: 'usage'
  cpuMicros: number
}

/** Child arguments for a plan; `parsePlan` reads them back. */
export function planArgs(plan: ServerPlan): string[] {
  return [
    `--kind=${plan.kind}`,
    `--product-orders=${plan.productOrders}`,
    `--depth=${plan.depth}`,
    `--items-per-order=${plan.itemsPerOrder}`,
    `--dispatch-orders=${plan.dispatchOrders}`,
  ]
}
