/**
 * The whole sandbox as one JSON document: merchants, clocks, tokens, orders, change logs, reviews,
 * used tracking numbers and each merchant's extension state (settlement ledger; the app's faults, lint
 * findings and rate-limit buckets) under `extensions`. Used by `GET/PUT /__sandbox/state` and to convert
 * a JSON `--state-file` of earlier releases. The request journal is diagnostic and not kept.
 *
 * Version 1 covers documents with and without extension data: a missing kind loads as fresh state, so
 * adding a kind under `extensions` needs no new version. Changing the shape of anything else does: bump
 * STATE_VERSION and add the step from the previous version to MIGRATIONS (README, Persistence). The
 * `--state-file` database keeps the same parts in tables (mock-server/src/store) and reads this document
 * too, converting a version-1 JSON state file in place.
 */
import type { ChangeEvent } from './change-log.ts'
import type { ClockMode } from './clock.ts'
import type { Merchant } from './merchants.ts'
import type { DeferredProductOrder } from './product-order-map.ts'
import type { OrderRecord, ProductOrderRecord, StoredReview } from './records.ts'
import type { IssuedToken } from './tokens.ts'

export const STATE_FORMAT = 'npay-sandbox-state'
export const STATE_VERSION = 1

export interface TenantState {
  merchant: Merchant
  clock: { mode: ClockMode; now: number; offsetMs: number }
  tokens: IssuedToken[]
  orders: OrderRecord[]
  productOrders: ProductOrderRecord[]
  changes: ChangeEvent[]
  reviews: StoredReview[]
  /** Data of optional parts (settlement ledger, the app's faults, lint and rate-limit buckets), by name. */
  extensions?: Record<string, unknown>
}

/**
 * A merchant as a store reads it back for `importState(…, { adopt: true })`: a product order may be
 * deferred, its record read from the store on first use (product-order-map.ts).
 */
export interface StoredTenantState extends Omit<TenantState, 'productOrders'> {
  productOrders: (ProductOrderRecord | DeferredProductOrder)[]
}

/** A sandbox as a store reads it back (its merchants' product orders may be deferred). */
export interface StoredSandboxState extends Omit<SandboxState, 'tenants'> {
  tenants: StoredTenantState[]
}

export interface SandboxState {
  format: typeof STATE_FORMAT
  version: typeof STATE_VERSION
  savedAt: number
  tenants: TenantState[]
  usedTrackingNumbers: [string, string][]
}

/**
 * How a document of an older version becomes one of the next, by the version it starts from. Version 1
 * is the current one, so the table is empty; a change to the document's shape bumps STATE_VERSION and adds
 * the step from the previous version here, so a state written by one release loads in the next.
 * @example MIGRATIONS[1] = (v1) => ({ ...v1, version: 2, tenants: v1.tenants.map(addNewField) })
 */
export const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {}

/**
 * Brings a state document of an older version up to STATE_VERSION (anything else comes back unchanged,
 * for checkState to judge).
 * @example engine.importState(upgradeState(JSON.parse(text)))
 */
export function upgradeState(value: unknown): unknown {
  let state = value as Record<string, unknown> | null
  while (state && typeof state === 'object' && state.format === STATE_FORMAT) {
    const version = state.version
    if (typeof version !== 'number' || version >= STATE_VERSION) break
    const step = MIGRATIONS[version]
    if (!step) break
    state = step(state)
  }
  return state
}

/** Refuses anything that is not a state document of this version, saying why. */
export function checkState(value: unknown): asserts value is SandboxState {
  const v = value as Partial<SandboxState> | null
  if (!v || typeof v !== 'object') throw new TypeError('a sandbox state must be a JSON object')
  if (v.format !== STATE_FORMAT) throw new TypeError(`not a sandbox state: format must be "${STATE_FORMAT}"`)
  if (v.version !== STATE_VERSION)
    throw new TypeError(
      `unsupported sandbox state version ${String(v.version)}; this emulator reads version ${STATE_VERSION}`,
    )
  if (!Array.isArray(v.tenants) || v.tenants.length === 0)
    throw new TypeError('a sandbox state needs at least one merchant')
  if (!v.tenants.some((t) => t?.merchant?.isDefault))
    throw new TypeError('a sandbox state needs its default merchant')
  for (const t of v.tenants) {
    if (
      !t?.merchant?.clientId ||
      !Array.isArray(t.orders) ||
      !Array.isArray(t.productOrders) ||
      !Array.isArray(t.changes)
    ) {
      throw new TypeError(
        'every merchant in a sandbox state needs merchant, orders, productOrders and changes',
      )
    }
  }
  if (!Array.isArray(v.usedTrackingNumbers)) throw new TypeError('a sandbox state needs usedTrackingNumbers')
}
