/**
 * A copy of one merchant as it is now, and putting it back: the merchant's part of the state document
 * (engine `exportTenant`: orders, change log, reviews, settlement, extension state such as faults, lint
 * and rate-limit buckets), its return settings, its clock reading and the tracking numbers its orders use.
 * Other merchants are never read or changed. Tokens and the journal are left out on purpose (see
 * restoreMerchant).
 */
import type { Engine, Merchant, Tenant } from '@npay-sandbox/engine'

/** What putting a merchant back needs, as a private deep copy. */
export interface MerchantCopy {
  state: ReturnType<Engine['exportTenant']>
  /** The clock's reading when taken: a restore sets the clock back to this instant. */
  now: number
  /** `company:number` → order id, for the merchant's orders only. */
  trackingNumbers: [string, string][]
}

/** Merchant fields that name the merchant rather than describe its settings; a restore keeps them. */
const IDENTITY: readonly (keyof Merchant)[] = ['clientId', 'clientSecret', 'mallId', 'name', 'isDefault']

/**
 * A deep copy of the merchant now (the export is live objects, so it is cloned at once).
 * @example const copy = copyMerchant(engine, engine.tenant())
 */
export function copyMerchant(engine: Engine, tenant: Tenant): MerchantCopy {
  const state = structuredClone(engine.exportTenant(tenant))
  const orderIds = new Set(state.orders.map((o) => o.order.orderId))
  const trackingNumbers = [...engine.usedTrackingNumbers].filter(([, orderId]) => orderIds.has(orderId))
  return { state, now: tenant.now(), trackingNumbers }
}

/**
 * Puts the merchant back as the copy holds it; the copy itself is not consumed (it can be restored
 * again). Goes through `engine.reset` first, so persistence (`--state-file`) writes the merchant whole.
 * Tokens are credentials, not data: every token the merchant holds stays, capped to one lifetime from the
 * restored clock as a reset caps them, so an integration is never locked out by a restore.
 * @example restoreMerchant(engine, tenant, copy)
 */
export function restoreMerchant(engine: Engine, tenant: Tenant, copy: MerchantCopy) {
  const saved = structuredClone(copy.state)
  const tokens = tenant.tokens.saved().map((token) => [token, token.expiresAt] as const)
  const journal = tenant.journal.list({ limit: Number.MAX_SAFE_INTEGER }).reverse()
  engine.reset(tenant.clientId)
  // The reset capped the tokens from the restarted clock; they are capped again from the restored one.
  for (const [token, expiresAt] of tokens) token.expiresAt = expiresAt
  tenant.clock.restart(copy.now)
  tenant.tokens.capLifetimes(tenant.clientId, tenant.now())
  restoreSettings(tenant.merchant, saved.merchant)
  tenant.restore({
    orders: saved.orders,
    productOrders: saved.productOrders,
    changes: saved.changes,
    reviews: saved.reviews,
  })
  const { settlement, ...extensions } = saved.extensions ?? {}
  tenant.settlement.load(settlement as Parameters<Tenant['settlement']['load']>[0])
  tenant.restoreExtensions(extensions)
  for (const [key, orderId] of copy.trackingNumbers)
    if (!engine.usedTrackingNumbers.has(key)) engine.usedTrackingNumbers.set(key, orderId)
  // The journal records what was sent, not the merchant's state: its entries come back with their ids.
  for (const entry of journal) tenant.journal.add(entry)
  tenant.touch()
}

/** The merchant's settings (return address, return fee, …) as saved; its identity stays. */
function restoreSettings(merchant: Merchant, saved: Merchant) {
  const live = merchant as unknown as Record<string, unknown>
  const copy = saved as unknown as Record<string, unknown>
  for (const key of Object.keys(live))
    if (!IDENTITY.includes(key as keyof Merchant) && !(key in copy)) delete live[key]
  for (const [key, value] of Object.entries(copy))
    if (!IDENTITY.includes(key as keyof Merchant)) live[key] = value
}
