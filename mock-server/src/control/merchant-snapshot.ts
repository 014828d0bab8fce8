/**
 * A copy of one merchant as it is now, and putting it back: the merchant's part of the state document
 * (engine `exportTenant`: orders, change log, reviews, settlement, extension state such as faults, lint
 * and rate-limit buckets, its settings and clock reading) and the tracking numbers its orders use. Other
 * merchants are never read or changed; `Engine.restoreTenant` puts the copy back and leaves the merchant's
 * tokens and request journal as they are.
 */
import type { Engine, Tenant } from '@npay-sandbox/engine'

/** What putting a merchant back needs, as a private deep copy. */
export interface MerchantCopy {
  /** The merchant's state document; its `clock.now` is the instant a restore sets the clock back to. */
  state: ReturnType<Engine['exportTenant']>
  /** `company:number` → order id, for the merchant's orders only. */
  trackingNumbers: [string, string][]
}

/**
 * A deep copy of the merchant now (the export is live objects, so it is cloned at once).
 * @example const copy = copyMerchant(engine, engine.tenant())
 */
export function copyMerchant(engine: Engine, tenant: Tenant): MerchantCopy {
  const state = structuredClone(engine.exportTenant(tenant))
  const orderIds = new Set(state.orders.map((o) => o.order.orderId))
  const trackingNumbers = [...engine.usedTrackingNumbers].filter(([, orderId]) => orderIds.has(orderId))
  return { state, trackingNumbers }
}

/**
 * Puts the merchant back as the copy holds it; the copy itself is not consumed (it can be restored again),
 * and persistence (`--state-file`) writes the merchant whole.
 * @example restoreMerchant(engine, tenant, copy)
 */
export function restoreMerchant(engine: Engine, tenant: Tenant, copy: MerchantCopy) {
  engine.restoreTenant(tenant.clientId, copy.state, { trackingNumbers: copy.trackingNumbers })
}
