import type { Schemas } from '../../../schema/src/index.js'
export type ProductOrderStatus = Schemas['ProductOrderStatus']
export type PlaceOrderStatus = Schemas['PlaceOrderStatus']
export type ClaimType = Schemas['ClaimType']
export type ClaimStatus = Schemas['ClaimStatus']
export type HoldbackStatus = Schemas['HoldbackStatus']
export type LastChangedType = Schemas['LastChangedType']
/** The part of a product order the state machine reads and writes (facts §10.0). */
export interface MachineState {
  productOrderStatus: ProductOrderStatus
  placeOrderStatus: PlaceOrderStatus
  claimType?: ClaimType | undefined
  claimStatus?: ClaimStatus | undefined
  holdbackStatus?: HoldbackStatus | undefined
}
/** Claim statuses after which the claim no longer blocks other actions. */
export declare const TERMINAL_CLAIM_STATUSES: readonly ClaimStatus[]
/** Whether the product order has a claim that is still in progress. */
export declare function hasOpenClaim(state: MachineState): boolean
/** A one-line label of a state, used in docs, diagrams and error diagnostics. */
export declare function describeState(state: MachineState): string
