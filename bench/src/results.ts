/** The shape of `bench/results.json`. */
import type { ColdStart } from './cold-start.ts'
import type { FreshTenantCost, TransportLatency } from './in-process.ts'
import type { LoadResult, LoadSettings } from './load.ts'
import type { MachineDescription } from './machine.ts'
import type { SeedStats } from './seed.ts'
import type { BcryptRate } from './server/bcrypt-rate.ts'
import type { MemoryReading } from './server/protocol.ts'

export interface SeededServer {
  seed: SeedStats
  memory: { before: MemoryReading; after: MemoryReading }
}

export interface Results {
  generatedAt: string
  machine: MachineDescription
  settings: LoadSettings & { host: '127.0.0.1'; productOrders: number; smallProductOrders: number }
  http: {
    baseline: LoadResult
    query: LoadResult
    lastChangedLarge: LoadResult
    lastChangedSmall: LoadResult
    dispatch: LoadResult
    token: LoadResult
  }
  servers: { lifecycle: SeededServer; small: SeededServer; placed: SeededServer }
  bcrypt: BcryptRate
  transports: TransportLatency
  freshTenant: FreshTenantCost
  coldStart: ColdStart
  targets: TargetResult[]
}

export interface TargetResult {
  name: string
  /** What was measured, in words with its unit. */
  measured: string
  /** The ratio or value compared with the target. */
  value: number
  /** The same ratio from CPU time per request, which a busy machine moves less than req/s. */
  cpuRatio?: number
  target: string
  met: boolean
}
