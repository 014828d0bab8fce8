/** What tenants share with their engine: options, id and data generators, global indexes. */
import type { FakeData } from './fake.js'
import type { IdSource } from './ids.js'
import type { ResolvedEngineOptions } from './options.js'
import type { Tenant } from './tenant.js'
import type { IssuedToken } from './tokens.js'
export interface EngineContext {
  options: ResolvedEngineOptions
  /** How far virtual time was from the wall clock when the engine started; new flowing clocks start there. */
  startOffsetMs: number
  ids: IdSource
  fake: FakeData
  tokenRegistry: Map<string, IssuedToken>
  /** Tracking numbers already used, by `company:number`, with the order that used them (104121). */
  usedTrackingNumbers: Map<string, string>
  registerProductOrder(productOrderId: string, tenant: Tenant): void
  unregisterProductOrder(productOrderId: string): void
  registerOrder(orderId: string, tenant: Tenant): void
  unregisterOrder(orderId: string): void
}
