/**
 * What changed since the last `drain`, so a store writes the size of the change instead of the whole
 * sandbox: product orders and orders touched by committed transitions (`Tenant.onCommit`), change-log
 * rows, reviews and settlement lines appended, settled positions of those product orders, and the small
 * per-merchant parts (merchant, clock, tokens, extension kinds, settlement options) of every merchant
 * that was used or changed. A merchant created, reset or imported is handed over whole.
 *
 * Records are plain JSON-able objects; the tracker hands out the live objects and never copies them, so a
 * store must serialise them before the next change (it does, synchronously, in the same request).
 */
import type { ChangeEvent } from './change-log.ts'
import type { Merchant } from './merchants.ts'
import type { TenantState } from './persistence.ts'
import type { OrderRecord, ProductOrderRecord, StoredReview } from './records.ts'
import type { CaseLine } from './settlement/lines.ts'
import { RECORDS, type Tenant } from './tenant.ts'
import type { IssuedToken } from './tokens.ts'

/** The changed parts of one merchant. Lists hold only what changed; appended rows only the new ones. */
export interface TenantDelta {
  clientId: string
  merchant: Merchant
  clock: TenantState['clock']
  tokens: IssuedToken[]
  orders: OrderRecord[]
  productOrders: ProductOrderRecord[]
  /** Change-log rows appended, in append order. */
  changes: ChangeEvent[]
  /** Reviews appended, the first at index `reviewsFrom` of the merchant's reviews. */
  reviews: StoredReview[]
  reviewsFrom: number
  /** The settlement options when they changed. */
  settlementOptions?: unknown
  /** Settlement lines appended (each carries its `seq`). */
  settlementLines: CaseLine[]
  /** Settled positions of the product orders touched, by product order id. */
  settled: [string, unknown][]
  /** Extension kinds whose saved form changed, by name (settlement aside). */
  extensions: [string, unknown][]
}

/** Everything a store needs to write for one drain. */
export interface ChangeSet {
  /** The whole sandbox was replaced (an import): drop everything and write `replaced`. */
  all: boolean
  /** Merchants to write whole (new, reset or imported), in the state document's tenant form. */
  replaced: TenantState[]
  deltas: TenantDelta[]
  /** Tracking numbers used (`company:number` → order id) and released since the last drain. */
  trackingNumbers: { set: [string, string][]; deleted: string[] }
  defaultClientId: string
}

/** What the tracker needs of its engine (engine.ts implements it). */
export interface TrackedEngine {
  tenantList(): Tenant[]
  exportTenant(tenant: Tenant): TenantState
  readonly defaultMerchant: Merchant
  readonly usedTrackingNumbers: ReadonlyMap<string, string>
}

interface Watch {
  tenant: Tenant
  revision: number
  rows: ChangeEvent[]
  productOrders: Set<string>
  orders: Set<string>
  reviews: number
  lines: number
  settlementOptions: unknown
  extensions: Map<string, string>
  stop: () => void
}

/** The change log's methods that add rows. */
const ROW_METHODS = ['append', 'backfill'] as const

/** The settled positions the ledger keeps privately, read for the product orders a change touched. */
type SettledSource = { settled: Map<string, unknown> }

export class ChangeTracker {
  private readonly watches = new Map<Tenant, Watch>()
  private readonly used = new Set<Tenant>()
  private readonly replaced = new Set<Tenant>()
  private all = false
  private trackingSet = new Map<string, string>()
  private trackingDeleted = new Set<string>()

  constructor(private readonly engine: TrackedEngine) {
    for (const tenant of engine.tenantList()) this.watch(tenant)
  }

  /** Whether anything may have changed since the last drain (cheap; drain may still find nothing). */
  get pending(): boolean {
    if (this.all || this.replaced.size || this.used.size) return true
    if (this.trackingSet.size || this.trackingDeleted.size) return true
    for (const w of this.watches.values()) if (w.tenant.revision !== w.revision) return true
    return false
  }

  /** A merchant was handed to a caller, who may change its extension state or settlement options. */
  use(tenant: Tenant) {
    this.used.add(tenant)
  }

  /** A merchant was created or reset: write it whole. */
  replace(tenant: Tenant) {
    if (!this.watches.has(tenant)) this.watch(tenant)
    this.replaced.add(tenant)
  }

  /** The whole sandbox was replaced: forget every watch and write everything. */
  replaceAll() {
    for (const w of this.watches.values()) w.stop()
    this.watches.clear()
    this.used.clear()
    this.replaced.clear()
    this.trackingSet.clear()
    this.trackingDeleted.clear()
    for (const tenant of this.engine.tenantList()) this.watch(tenant)
    this.all = true
  }

  trackingNumberSet(key: string, orderId: string) {
    this.trackingDeleted.delete(key)
    this.trackingSet.set(key, orderId)
  }

  trackingNumberDeleted(key: string) {
    this.trackingSet.delete(key)
    this.trackingDeleted.add(key)
  }

  /** Stops listening (the tenants keep working as without a tracker). */
  stop() {
    for (const w of this.watches.values()) w.stop()
    this.watches.clear()
  }

  /** What changed since the last drain; the next drain starts from here. */
  drain(): ChangeSet {
    const set: ChangeSet = {
      all: this.all,
      replaced: [],
      deltas: [],
      trackingNumbers: this.all
        ? { set: [...this.engine.usedTrackingNumbers], deleted: [] }
        : { set: [...this.trackingSet], deleted: [...this.trackingDeleted] },
      defaultClientId: this.engine.defaultMerchant.clientId,
    }
    const wholes = this.all ? new Set(this.watches.keys()) : this.replaced
    for (const tenant of wholes) {
      const w = this.watches.get(tenant)
      if (!w) continue
      set.replaced.push(this.engine.exportTenant(tenant))
      this.settle(w, tenant.saveExtensions())
    }
    for (const w of this.watches.values()) {
      if (wholes.has(w.tenant)) continue
      if (w.tenant.revision === w.revision && !this.used.has(w.tenant)) continue
      const delta = this.delta(w)
      if (delta) set.deltas.push(delta)
    }
    this.all = false
    this.replaced.clear()
    this.used.clear()
    this.trackingSet.clear()
    this.trackingDeleted.clear()
    return set
  }

  private watch(tenant: Tenant) {
    const w: Watch = {
      tenant,
      revision: -1,
      rows: [],
      productOrders: new Set(),
      orders: new Set(),
      reviews: 0,
      lines: 0,
      settlementOptions: undefined,
      extensions: new Map(),
      stop: () => {},
    }
    const unsubscribe = tenant.onCommit(({ record }) => {
      w.productOrders.add(record.productOrderId)
      w.orders.add(record.orderId)
    })
    // Every row enters through `append` or `backfill` (tenant.ts adds committed rows one by one); reading
    // them back from `rows()` would not do, since the log re-sorts its unsorted tail lazily.
    const log = tenant.log as unknown as Record<string, (row: ChangeEvent) => void>
    const wrapped = ROW_METHODS.filter((name) => typeof log[name] === 'function')
    for (const name of wrapped) {
      const add = log[name]!
      log[name] = (row: ChangeEvent) => {
        add.call(log, row)
        w.rows.push(row)
      }
    }
    w.stop = () => {
      unsubscribe()
      for (const name of wrapped) delete log[name]
    }
    this.watches.set(tenant, w)
    this.settle(w, tenant.saveExtensions())
  }

  /** Marks everything the merchant holds now as written. */
  private settle(w: Watch, extensions: Record<string, unknown>) {
    const { tenant } = w
    w.revision = tenant.revision
    w.rows.length = 0
    w.productOrders.clear()
    w.orders.clear()
    w.reviews = tenant[RECORDS].reviews.length
    w.lines = tenant.settlement.all().length
    w.settlementOptions = tenant.settlement.config
    w.extensions.clear()
    for (const [name, value] of Object.entries(extensions))
      if (name !== 'settlement') w.extensions.set(name, JSON.stringify(value))
  }

  private delta(w: Watch): TenantDelta {
    const { tenant } = w
    const records = tenant[RECORDS]
    const ledger = tenant.settlement
    const settledOf = (ledger as unknown as SettledSource).settled
    const delta: TenantDelta = {
      clientId: tenant.clientId,
      merchant: tenant.merchant,
      clock: tenant.clock.save(),
      tokens: tenant.tokens.saved(),
      orders: [...w.orders].flatMap((id) => records.orders.get(id) ?? []),
      productOrders: [...w.productOrders].flatMap((id) => records.productOrders.get(id) ?? []),
      changes: [...w.rows],
      reviews: records.reviews.slice(w.reviews),
      reviewsFrom: w.reviews,
      settlementLines: ledger.all().slice(w.lines),
      settled: [...w.productOrders].flatMap((id) => {
        const position = settledOf.get(id)
        return position === undefined ? [] : [[id, position] as [string, unknown]]
      }),
      extensions: [],
    }
    if (ledger.config !== w.settlementOptions) delta.settlementOptions = ledger.config
    for (const [name, value] of Object.entries(tenant.saveExtensions())) {
      if (name === 'settlement') continue
      const json = JSON.stringify(value)
      if (w.extensions.get(name) !== json) {
        delta.extensions.push([name, value])
        w.extensions.set(name, json)
      }
    }
    w.revision = tenant.revision
    w.rows.length = 0
    w.productOrders.clear()
    w.orders.clear()
    w.reviews = records.reviews.length
    w.lines = ledger.all().length
    w.settlementOptions = ledger.config
    return delta
  }
}
