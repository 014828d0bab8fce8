import type { EngineContext } from '../engine-context.js'
import type { Tenant } from '../tenant.js'
import { LineStore } from './line-store.js'
import { type CaseLine, type LineType, type Position } from './lines.js'
import { type ResolvedSettlementOptions, type SettlementOptions } from './options.js'
/** What `save` writes: the options in force, every line, and how far each product order is settled. */
export interface SavedLedger {
  options: ResolvedSettlementOptions
  lines: CaseLine[]
  settled: [string, Settled][]
}
interface Settled extends Position {
  deliveryFeeNo?: string
  originals: Partial<Record<LineType, number>>
}
/**
 * Settlement lines of one tenant, derived as its transitions commit.
 * @example engine.tenant().settlement.forProductOrder(productOrderId) // its PROD_ORDER and DELIVERY lines
 */
export declare class SettlementLedger extends LineStore {
  readonly tenant: Tenant
  private readonly ctx
  private options
  private calendar
  private readonly settled
  constructor(tenant: Tenant, ctx: EngineContext)
  /** The options in force for this tenant. */
  get config(): ResolvedSettlementOptions
  /**
   * Changes this tenant's settlement options; lines already written keep their numbers.
   * @example engine.tenant().settlement.configure({ trigger: 'delivery', sellingInterlockCommissionRate: 0 })
   */
  configure(options: SettlementOptions): ResolvedSettlementOptions
  isSettled(productOrderId: string): boolean
  /** Today on the tenant's KST calendar. */
  today(): string
  /** The transfer is done once the expected date has passed on the tenant's clock. */
  completeDate(line: CaseLine): string | null
  /** What a paid, not yet settled product order would settle now (not stored: nothing is decided). */
  projection(productOrderId: string): CaseLine[]
  /** The ledger as JSON-safe data, for the sandbox state (engine extension `settlement`). */
  save(): SavedLedger
  /** Replaces the ledger with saved data, after the tenant's orders were restored; lines keep their seq. */
  load(saved: SavedLedger | undefined): void
  clear(): void
  private onCommit
  /** Appends whatever moves the settled position to the record's remaining amounts. */
  private follow
  private line
}
