/**
 * Putting one merchant back as a saved `TenantState` says (Engine.restoreTenant): its orders, change log,
 * reviews, settlement and extension state, its settings and its clock reading, with the tracking numbers its
 * orders use. Other merchants are never read or changed. Credentials, tokens and the request journal are not
 * data of the state: they stay as they are (a token keeps working, capped to one lifetime on the restored
 * clock, as a reset caps it).
 */
import type { EngineContext } from './engine-context.ts'
import type { Merchant } from './merchants.ts'
import type { TenantState } from './persistence.ts'
import { SandboxError } from './sandbox-error.ts'
import type { Tenant } from './tenant.ts'

/** Merchant fields that name the merchant rather than describe its settings; a restore keeps them. */
const IDENTITY: readonly (keyof Merchant)[] = ['clientId', 'clientSecret', 'mallId', 'name', 'isDefault']

/** Options of `Engine.restoreTenant`. */
export interface RestoreTenantOptions {
  /**
   * `company:number` → order id of the merchant's orders, as `Engine.usedTrackingNumbers` had them. A number
   * another order has taken since stays with that order.
   */
  trackingNumbers?: Iterable<readonly [string, string]>
}

/** What restoring needs of the engine beyond the tenant itself. */
export interface RestoreTenantContext {
  ctx: EngineContext<Tenant>
  ownerOfProductOrder: (productOrderId: string) => Tenant | undefined
  ownerOfOrder: (orderId: string) => Tenant | undefined
  /** The registered extension importers (settlement), by name. */
  importers: ReadonlyMap<string, (tenant: Tenant, saved: unknown) => void>
}

/**
 * Replaces the tenant's data with a private copy of `state`; refuses (409, nothing changed) a state whose
 * orders another merchant holds.
 * @example restoreTenant(tenant, structuredClone(engine.exportTenant(tenant)), context, {})
 */
export function restoreTenant(
  tenant: Tenant,
  state: TenantState,
  context: RestoreTenantContext,
  options: RestoreTenantOptions,
) {
  const taken = foreignIds(tenant, state, context)
  if (taken.length)
    throw new SandboxError(
      409,
      'CONFLICT',
      `merchant ${tenant.clientId} cannot take orders another merchant holds: ${taken.slice(0, 5).join(', ')}`,
    )
  const saved = structuredClone(state)
  const trackingNumbers = [...(options.trackingNumbers ?? [])]
  const journal = tenant.journal.list({ limit: Number.MAX_SAFE_INTEGER }).reverse()
  tenant.clock.restart(saved.clock.now)
  tenant.tokens.capLifetimes(tenant.clientId, tenant.now())
  restoreSettings(tenant.merchant, saved.merchant)
  tenant.restore({
    orders: saved.orders,
    productOrders: saved.productOrders,
    changes: saved.changes,
    reviews: saved.reviews ?? [],
  })
  const extensions = { ...saved.extensions }
  for (const [name, importer] of context.importers) {
    importer(tenant, extensions[name])
    delete extensions[name]
  }
  tenant.restoreExtensions(extensions)
  const used = context.ctx.usedTrackingNumbers
  for (const [key, orderId] of trackingNumbers) if (!used.has(key)) used.set(key, orderId)
  // The journal records what was sent, not the merchant's state: it stays, its ids with it.
  tenant.journal.restore(journal)
  tenant.touch()
}

/** Order and product order ids of the state that belong to another merchant now. */
function foreignIds(tenant: Tenant, state: TenantState, context: RestoreTenantContext): string[] {
  const other = (owner: Tenant | undefined) => owner !== undefined && owner !== tenant
  return [
    ...state.orders.map((o) => o.order.orderId ?? '').filter((id) => other(context.ownerOfOrder(id))),
    ...state.productOrders
      .map((r) => r.productOrderId)
      .filter((id) => other(context.ownerOfProductOrder(id))),
  ]
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
