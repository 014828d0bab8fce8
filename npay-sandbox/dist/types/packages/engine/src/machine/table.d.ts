/**
 * The order/claim state machine as data (facts §10). Every behaviour that depends on state reads this
 * table: the engine's transitions, the failure codes of forbidden actions, the allowed next events of
 * the control plane and the dashboard, the generated diagram and the coverage report.
 */
import type { OrderErrorCode } from '../../../protocol/src/index.js'
import type { Actor, EventName } from './events.js'
import type {
  ClaimStatus,
  ClaimType,
  HoldbackStatus,
  LastChangedType,
  PlaceOrderStatus,
  ProductOrderStatus,
} from './state.js'
/** What a state must look like for a row to apply. Omitted parts match anything. */
export interface StatePattern {
  productOrderStatus?: readonly ProductOrderStatus[]
  placeOrderStatus?: readonly PlaceOrderStatus[]
  /** `none`: no claim in progress (a finished claim may be attached); otherwise the open claim. */
  claim?:
    | 'none'
    | {
        type: ClaimType
        status: readonly ClaimStatus[]
      }
  holdback?: 'held' | 'not-held'
}
/** What a row changes. Omitted parts stay as they are. */
export interface StatePatch {
  productOrderStatus?: ProductOrderStatus
  placeOrderStatus?: PlaceOrderStatus
  claimType?: ClaimType
  claimStatus?: ClaimStatus
  holdbackStatus?: HoldbackStatus
}
export type GuardName = 'paidAtOnce' | 'awaitingDeposit' | 'wholeQuantity' | 'partQuantity'
export type EffectName =
  | 'placeOrder'
  | 'recordPayment'
  | 'confirmPlaceOrder'
  | 'delayDispatch'
  | 'changeAddress'
  | 'fillDelivery'
  | 'markDelivered'
  | 'decidePurchase'
  | 'openClaim'
  | 'approveCancel'
  | 'completeCancel'
  | 'rejectClaim'
  | 'startCollect'
  | 'completeCollect'
  | 'completeReturn'
  | 'holdback'
  | 'releaseHoldback'
  | 'redeliver'
  | 'completeExchange'
export interface TransitionRow {
  /** Stable id, after the facts file's numbering where it has one (N5, C4, R3, …). */
  id: string
  event: EventName
  actor: Actor
  from: StatePattern | 'new'
  guard?: GuardName
  to: StatePatch
  /** The `lastChangedType` this transition appends to the change log, if any. */
  emits?: LastChangedType
  effects: readonly EffectName[]
  /** A follow-up event the platform applies at once with the same input. */
  next?: EventName
  /** Provenance of the row (facts labels). */
  note: string
}
export declare const TRANSITIONS: readonly TransitionRow[]
/**
 * Forbidden merchant actions whose failure code is not the default `9999` (facts §10.6).
 * The first refusal whose pattern matches gives the code; otherwise `defaultCode`, otherwise 9999.
 */
export declare const REFUSALS: readonly {
  event: EventName
  from?: StatePattern
  code: OrderErrorCode
  note: string
}[]
