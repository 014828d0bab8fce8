/** The shape of `bench/results.json`. */
import type { ColdStart } from './cold-start.ts'
import type { FreshTenantCost, TransportLatency } from './in-process.ts'
import type { LoadResult, LoadSettings } from './load.ts'
import type { MachineDescription } from './machine.ts'
import type { PersistenceRow } from './persistence.ts'
import type { PreparedPackage } from './prepare-package.ts'
import type { SeedStats } from './seed.ts'
import type { BcryptRate } from './server/bcrypt-rate.ts'
import type { MemoryReading } from './server/protocol.ts'

export interface SeededServer {
  seed: SeedStats
  memory: { before: MemoryReading; after: MemoryReading }
}

/** Prism on the same query call. */
export interface PrismMeasured {
  version: string
  flags: string[]
  query: LoadResult
  /** Body bytes of Prism's answer and the product orders in it (its example). */
  queryBytes: number
  queryItems: number
}

/** Prism's measurement, or why it was not measured. */
export type PrismResult = PrismMeasured | { skipped: string }

export interface Results {
  generatedAt: string
  machine: MachineDescription
  settings: LoadSettings & { host: '127.0.0.1'; productOrders: number; smallProductOrders: number }
  /** The package under test and what this run had to do to make it current. */
  package: PreparedPackage
  http: {
    baseline: LoadResult
    query: LoadResult
    querySmall: LoadResult
    /** Query of one id: one product order per answer, like Prism's example answer. */
    querySingle: LoadResult
    lastChangedLarge: LoadResult
    lastChangedSmall: LoadResult
    dispatch: LoadResult
    token: LoadResult
    /** The same-body limit: bare Hono serialising the emulator's captured answers. */
    queryLimit: LoadResult
    lastChangedLimit: LoadResult
  }
  /** Body bytes of each read answer: the limit sends the emulator's own, Prism an example. */
  answerBytes: { query: number; querySingle: number; lastChanged: number }
  prism: PrismResult
  servers: { lifecycle: SeededServer; small: SeededServer; placed: SeededServer }
  bcrypt: BcryptRate
  transports: TransportLatency
  freshTenant: FreshTenantCost
  /** `--state-file` at several sizes (absent in results of runs before it was measured). */
  persistence?: PersistenceRow[]
  coldStart: ColdStart
  targets: TargetResult[]
}

export interface TargetResult {
  name: string
  /** What was measured, in words with its unit. */
  measured: string
  /** The ratio or value compared with the target. */
  value: number
  /** How `value` reads: a share, a factor, or a quantity. */
  unit: '%' | '×' | 'KB' | 'ms' | '/s'
  /** The same ratio from CPU time per request, which a busy machine moves less than req/s. */
  cpuRatio?: number
  /** Undefined for a ratio reported without a goal. */
  target?: string
  met?: boolean
}
