/**
 * The whole sandbox as one JSON document: merchants, clocks, tokens, orders, change logs, reviews and
 * used tracking numbers. Used by `--state-file` (atomic writes after every change) and
 * `GET/PUT /__sandbox/state`. The request journal is diagnostic and not kept.
 */
import type { StoredReview } from './api/reviews.js'
import type { ChangeEvent } from './change-log.js'
import type { ClockMode } from './clock.js'
import type { Merchant } from './merchants.js'
import type { OrderRecord, ProductOrderRecord } from './records.js'
import type { IssuedToken } from './tokens.js'
export declare const STATE_FORMAT = 'npay-sandbox-state'
export declare const STATE_VERSION = 1
export interface TenantState {
  merchant: Merchant
  clock: {
    mode: ClockMode
    now: number
    offsetMs: number
  }
  tokens: IssuedToken[]
  orders: OrderRecord[]
  productOrders: ProductOrderRecord[]
  changes: ChangeEvent[]
  reviews: StoredReview[]
  /** Data of optional parts (e.g. settlement ledgers), by name. */
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
export declare function checkState(value: unknown): asserts value is SandboxState
