/**
 * The whole sandbox as one JSON document: merchants, clocks, tokens, orders, change logs, reviews,
 * used tracking numbers and each merchant's extension state (settlement ledger; the app's faults, lint
 * findings and rate-limit buckets) under `extensions`. Used by `--state-file` (atomic writes after every
 * change) and `GET/PUT /__sandbox/state`. The request journal is diagnostic and not kept.
 *
 * Version 1 covers documents with and without extension data: a missing kind loads as fresh state, so
 * adding a kind under `extensions` needs no new version. Changing the shape of anything else does: bump
 * STATE_VERSION and keep reading the previous version (README, Persistence).
 */
import type { ChangeEvent } from './change-log.ts'
import type { ClockMode } from './clock.ts'
import type { Merchant } from './merchants.ts'
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

export interface SandboxState {
  format: typeof STATE_FORMAT
  version: typeof STATE_VERSION
  savedAt: number
  tenants: TenantState[]
  usedTrackingNumbers: [string, string][]
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
