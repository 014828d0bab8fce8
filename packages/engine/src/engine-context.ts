/**
 * What tenants share with their engine: options, id and data generators, global indexes. `Owner` is what
 * the indexes map ids to (the tenant); parts that never register anything leave it open.
 */
import type { FakeData } from './fake.ts'
import type { IdSource } from './ids.ts'
import type { ResolvedEngineOptions } from './options.ts'
import type { IssuedToken } from './tokens.ts'

export interface EngineContext<Owner = unknown> {
  options: ResolvedEngineOptions
  /** How far virtual time was from the wall clock when the engine started; new flowing clocks start there. */
  startOffsetMs: number
  ids: IdSource
  fake: FakeData
  tokenRegistry: Map<string, IssuedToken>
  /** Tracking numbers already used, by `company:number`, with the order that used them (104121). */
  usedTrackingNumbers: Map<string, string>
  registerProductOrder(productOrderId: string, owner: Owner): void
  unregisterProductOrder(productOrderId: string): void
  registerOrder(orderId: string, owner: Owner): void
  unregisterOrder(orderId: string): void
}
