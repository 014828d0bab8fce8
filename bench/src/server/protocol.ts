/** Messages between the benchmark runner and its server children (Node IPC), and the children's argv. */
import { parseArgs } from 'node:util'
import type { SeedStats } from '../seed.ts'
import type { BcryptRate } from './bcrypt-rate.ts'

/** The two read calls the limit server answers, on the emulator's paths (after the base path). */
export const QUERY_PATH = '/v1/pay-order/mall/product-orders/query'
export const LAST_CHANGED_PATH = '/v1/pay-order/mall/product-orders/last-changed-statuses'

/**
 * `baseline`: bare Hono hello-world; `limit`: bare Hono serialising the emulator's captured answers;
 * `sandbox`: the built package, seeded.
 */
export type ServerKind = 'baseline' | 'limit' | 'sandbox'

export interface ServerPlan {
  kind: ServerKind
  /** Product orders seeded before listening (sandbox only). */
  productOrders: number
  depth: 'placed' | 'lifecycle'
  itemsPerOrder: number
  /** Orders of 30 placed items created after the memory reading, for dispatch (sandbox only). */
  dispatchOrders: number
  /** JSON file of the answers the limit server serialises (limit only, see `LimitBodies`). */
  bodiesFile?: string
}

/** The emulator's answers that the limit server sends again, parsed, serialised afresh per request. */
export interface LimitBodies {
  query: unknown
  lastChanged: unknown
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

export type ParentMessage =
  | { type: 'stop' }
  | { type: 'usage' }
  | { type: 'bcrypt'; seconds: number }
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }

/** The reply to `profile-start` and `profile-stop`, once the profiler has started or the file is written. */
export interface ProfiledMessage {
  type: 'profiled'
}

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
    ...(plan.bodiesFile ? [`--bodies-file=${plan.bodiesFile}`] : []),
  ]
}

export function parsePlan(argv: string[]): ServerPlan {
  const { values } = parseArgs({
    args: argv,
    options: {
      kind: { type: 'string', default: 'sandbox' },
      'product-orders': { type: 'string', default: '0' },
      depth: { type: 'string', default: 'placed' },
      'items-per-order': { type: 'string', default: '1' },
      'dispatch-orders': { type: 'string', default: '0' },
      'bodies-file': { type: 'string' },
    },
  })
  const kind = values.kind === 'baseline' || values.kind === 'limit' ? values.kind : 'sandbox'
  return {
    kind,
    productOrders: Number(values['product-orders']),
    depth: values.depth === 'lifecycle' ? 'lifecycle' : 'placed',
    itemsPerOrder: Number(values['items-per-order']),
    dispatchOrders: Number(values['dispatch-orders']),
    ...(values['bodies-file'] ? { bodiesFile: values['bodies-file'] } : {}),
  }
}
