import type { StoredReview } from './api/reviews.js'
import { type ChangeEvent, ChangeLog } from './change-log.js'
import { VirtualClock } from './clock.js'
import type { EngineContext } from './engine-context.js'
import { Journal } from './journal.js'
import { type EventInput } from './machine/effects.js'
import type { Actor, EventName } from './machine/events.js'
import { type Step } from './machine/transition.js'
import type { Merchant } from './merchants.js'
import { type CreateOrderInput } from './order-builder.js'
import { type OrderRecord, type ProductOrderRecord } from './records.js'
import { SettlementLedger } from './settlement/ledger.js'
import { TokenStore } from './tokens.js'
export type RunResult =
  | {
      ok: true
      steps: Step[]
      record: ProductOrderRecord
    }
  | {
      ok: false
      code: string
    }
/** What one committed transition did, for derived data (settlement, reviews, lint). */
export interface CommitEvent {
  tenant: Tenant
  record: ProductOrderRecord
  order: OrderRecord['order']
  steps: Step[]
  actor: Actor
  input: EventInput
  /** The instant of the first step. */
  at: number
}
export interface FiredEvent {
  at: string
  productOrderId: string
  event: string
  description: string
}
export declare class Tenant {
  readonly merchant: Merchant
  private readonly ctx
  readonly clock: VirtualClock
  readonly log: ChangeLog
  readonly journal: Journal
  readonly tokens: TokenStore
  readonly orders: Map<string, OrderRecord>
  readonly productOrders: Map<string, ProductOrderRecord>
  private readonly due
  private readonly commitListeners
  readonly reviews: StoredReview[]
  /** Settlement lines derived from this tenant's committed transitions (facts §11). */
  readonly settlement: SettlementLedger
  constructor(merchant: Merchant, ctx: EngineContext)
  /** A fresh numeric id from the engine's seeded source (review numbers, other derived records). */
  newId(): string
  get clientId(): string
  now(): number
  /** Places an order (paid, or awaiting deposit) through the table's `place-order` rows. */
  createOrder(input?: CreateOrderInput): {
    orderId: string
    productOrderIds: string[]
  }
  /**
   * Applies `event` to one product order, atomically: either every step of the transition (and its
   * follow-ups) is committed with its change-log rows, or nothing changes.
   */
  run(productOrderId: string, event: EventName, input: EventInput, actor: Actor, at?: number): RunResult
  /** Calls `listener` after every committed transition of this tenant; returns the unsubscribe. */
  onCommit(listener: (event: CommitEvent) => void): () => void
  private emitCommit
  private changes
  /** Counts every change of this tenant's saved state (persistence writes when it moves). */
  get revision(): number
  /** Marks a change that is not a transition (token issued, review written, clock moved). */
  touch(): void
  private applySteps
  /** Appends committed rows to the change log, in time order. */
  private appendChanges
  private guard
  /** Control-plane events allowed now for a product order. */
  allowedSandboxEvents(productOrderId: string): string[]
  /** Merchant API actions allowed now for a product order. */
  allowedMerchantActions(productOrderId: string): string[]
  private schedule
  /** Runs everything that has fallen due on the virtual clock, in due order. */
  tick(): FiredEvent[]
  /** Moves the virtual clock forward and runs what fell due. */
  advance(ms: number): FiredEvent[]
  /** Replaces this tenant's orders, change log and reviews with saved ones (see persistence.ts). */
  restore(saved: {
    orders: OrderRecord[]
    productOrders: ProductOrderRecord[]
    changes: readonly ChangeEvent[]
    reviews: StoredReview[]
  }): void
  /** Forgets every order and change; credentials, tokens and the clock stay. */
  reset(): void
}
