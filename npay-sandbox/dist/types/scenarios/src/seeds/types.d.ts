/** The shape of a named seed: its parameters, what it promises, and what it returns. */
import type {
  ClaimStatus,
  ClaimType,
  HoldbackStatus,
  PlaceOrderStatus,
  ProductOrderStatus,
} from '../../../packages/engine/src/index.js'
import type { PlacedOrder, SeedDriver } from './driver.js'
/** A parameter of a seed, beside the common `count` and `seed`. */
export interface SeedParam {
  name: string
  description: string
  default: number
  min: number
  max: number
}
/** The state every product order a seed returns is left in. */
export interface StatePromise {
  productOrderStatus: ProductOrderStatus
  placeOrderStatus?: PlaceOrderStatus
  claimType?: ClaimType
  claimStatus?: ClaimStatus
  holdbackStatus?: HoldbackStatus
}
/** What a seed's `run` receives. */
export interface SeedContext {
  driver: SeedDriver
  /** How many orders to create. */
  count: number
  params: Readonly<Record<string, number>>
  /** Reports that `done` of `count` orders are finished. */
  progress(done: number): void
}
/** What a seed's `run` returns: the orders it created and the product orders it promises about. */
export interface SeedOutput {
  orders: PlacedOrder[]
  productOrderIds: string[]
  /** Transitions refused on the way (busy-shop drops the rest of that order's plan). */
  refused?: number
}
/** A named, parameterised seed. */
export interface SeedDefinition {
  name: string
  /** One line, shown by `npay-sandbox scenarios`. */
  description: string
  promise?: StatePromise
  /** Default number of orders. */
  defaultCount: number
  params: readonly SeedParam[]
  /** Whether the seed moves the merchant's virtual clock (only busy-shop does). */
  movesClock: boolean
  /** A problem with the combination of parameters, if any. */
  validate?(params: Readonly<Record<string, number>>): string | undefined
  run(ctx: SeedContext): SeedOutput
}
/** What applying a seed created, as the CLI and `POST /__sandbox/scenarios/{name}` report it. */
export interface SeedResult {
  scenario: string
  clientId: string
  seed: number
  count: number
  params: Record<string, number>
  orders: PlacedOrder[]
  productOrderIds: string[]
  /** Product orders per state (`describeState` labels), over every product order created. */
  states: Record<string, number>
  refused: number
  /** The merchant's virtual clock before and after, KST. */
  clock: {
    from: string
    to: string
  }
}
