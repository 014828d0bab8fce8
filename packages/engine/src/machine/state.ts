import type { Schemas } from '@npay-sandbox/schema'

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
export const TERMINAL_CLAIM_STATUSES: readonly ClaimStatus[] = [
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_DONE',
  'RETURN_REJECT',
  'EXCHANGE_DONE',
  'EXCHANGE_REJECT',
  'ADMIN_CANCEL_DONE',
  'ADMIN_CANCEL_REJECT',
  'PURCHASE_DECISION_HOLDBACK_RELEASE',
]

/**
 * Statuses in which the buyer has received the goods and may review them: delivered, purchase-decided,
 * or exchanged (the replacement arrived) [REC; facts §12 says nothing of when a review can be written].
 */
export const REVIEWABLE_STATUSES: readonly ProductOrderStatus[] = [
  'DELIVERED',
  'PURCHASE_DECIDED',
  'EXCHANGED',
]

/** Whether the product order has a claim that is still in progress. */
export function hasOpenClaim(state: MachineState): boolean {
  return state.claimStatus !== undefined && !TERMINAL_CLAIM_STATUSES.includes(state.claimStatus)
}

/** A one-line label of a state, used in docs, diagrams and error diagnostics. */
export function describeState(state: MachineState): string {
  const parts: string[] = [state.productOrderStatus, state.placeOrderStatus]
  if (state.claimType) parts.push(`${state.claimType}/${state.claimStatus}`)
  if (state.holdbackStatus) parts.push(`holdback ${state.holdbackStatus}`)
  return parts.join(' · ')
}
