/**
 * Drives product orders through the engine's own transitions: merchant steps go through the same action
 * functions as the API (`confirm`, `dispatch`, `act`), the buyer's, carrier's and platform's through
 * `tenant.run` exactly as the control plane applies them. A refused step throws; seeds never write state.
 */
import {
  type Engine,
  type MerchantAction,
  type SandboxEvent,
  type Tenant,
} from '../../../packages/engine/src/index.js'
import type { KoreanFaker } from '../builders/fake.js'
/** Something that can happen to a product order: a merchant action (operationId) or an outside event. */
export type SeedAction = MerchantAction | SandboxEvent
/** One step of a seed path; `quantity` makes a cancel or return partial. */
export type SeedStep =
  | SeedAction
  | {
      action: SeedAction
      quantity: number
    }
/** The orders a driver placed, with the product orders of each. */
export interface PlacedOrder {
  orderId: string
  productOrderIds: string[]
}
/** A step the state machine refused: the seed's path does not fit the state it reached. */
export declare class SeedStepError extends Error {
  readonly action: SeedAction
  readonly productOrderId: string
  readonly code: string
  constructor(action: SeedAction, productOrderId: string, code: string, state: string)
}
/**
 * Places orders and moves their product orders along, one step at a time.
 * @example
 * const driver = new SeedDriver(engine, engine.tenant(), new KoreanFaker(1))
 * const { productOrderIds } = driver.place({})
 * driver.apply('dispatchProductOrders', productOrderIds)
 */
export declare class SeedDriver {
  private readonly engine
  readonly tenant: Tenant
  readonly fake: KoreanFaker
  private readonly options
  constructor(
    engine: Engine,
    tenant: Tenant,
    fake: KoreanFaker,
    options?: {
      delayDays?: number
    },
  )
  /** Places one order as a buyer, with realistic Korean data. */
  place(input?: { items?: number; quantity?: number; paid?: boolean }): PlacedOrder
  /** Applies one step to each product order in `ids` (one order's, typically). */
  apply(step: SeedStep, ids: readonly string[]): void
  private readonly ownerOf
  private refused
  private confirm
  /** One parcel per call: the product orders share a carrier and tracking number, as one box would. */
  private dispatch
  private act
  private event
  private eventInput
}
