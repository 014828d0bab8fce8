/**
 * The order/claim state machine as data (facts §10). Every behaviour that depends on state reads this
 * table: the engine's transitions, the failure codes of forbidden actions, the allowed next events of
 * the control plane and the dashboard, the generated diagram and the coverage report.
 */
import type { OrderErrorCode } from '@npay-sandbox/protocol'
import { type Actor, EVENT_ACTORS, type EventName } from './events.ts'
import type {
  ClaimStatus,
  ClaimType,
  HoldbackStatus,
  LastChangedType,
  PlaceOrderStatus,
  ProductOrderStatus,
} from './state.ts'

/** What a state must look like for a row to apply. Omitted parts match anything. */
export interface StatePattern {
  productOrderStatus?: readonly ProductOrderStatus[]
  placeOrderStatus?: readonly PlaceOrderStatus[]
  /** `none`: no claim in progress (a finished claim may be attached); otherwise the open claim. */
  claim?: 'none' | { type: ClaimType; status: readonly ClaimStatus[] }
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
  | 'changeHopeDelivery'

export interface TransitionRow {
  /** Stable id, after the facts file's numbering where it has one (N5, C4, R3, …). */
  id: string
  event: EventName
  /** Who performs the row's event (from EVENT_ACTORS, never stated per row). */
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

const NO_CLAIM = 'none' as const
const BEFORE_DISPATCH: readonly ProductOrderStatus[] = ['PAYMENT_WAITING', 'PAYED']
const SHIPPED: readonly ProductOrderStatus[] = ['DELIVERING', 'DELIVERED']
const OPEN_RETURN: readonly ClaimStatus[] = ['RETURN_REQUEST', 'COLLECTING', 'COLLECT_DONE']
const OPEN_EXCHANGE: readonly ClaimStatus[] = ['EXCHANGE_REQUEST', 'COLLECTING', 'COLLECT_DONE']

// biome-ignore format: one row per line reads as a table
const ROWS: readonly Omit<TransitionRow, 'actor'>[] = [
  // Normal flow (§10.1)
  { id: 'N1', event: 'place-order', from: 'new', guard: 'awaitingDeposit', to: { productOrderStatus: 'PAYMENT_WAITING', placeOrderStatus: 'NOT_YET' }, emits: 'PAY_WAITING', effects: ['placeOrder'], note: 'enum DOC; mapping INF' },
  { id: 'N2', event: 'place-order', from: 'new', guard: 'paidAtOnce', to: { productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' }, emits: 'PAYED', effects: ['placeOrder', 'recordPayment'], note: 'INF' },
  { id: 'N3', event: 'pay', from: { productOrderStatus: ['PAYMENT_WAITING'], claim: NO_CLAIM }, to: { productOrderStatus: 'PAYED' }, emits: 'PAYED', effects: ['recordPayment'], note: 'INF' },
  { id: 'N4', event: 'expire-payment', from: { productOrderStatus: ['PAYMENT_WAITING'], claim: NO_CLAIM }, to: { productOrderStatus: 'CANCELED_BY_NOPAYMENT' }, effects: [], note: 'enum DOC; lastChangedType unknown (Q8): none emitted' },
  { id: 'N5', event: 'confirmProductOrders', from: { productOrderStatus: ['PAYED'], placeOrderStatus: ['NOT_YET'], claim: NO_CLAIM }, to: { placeOrderStatus: 'OK' }, effects: ['confirmPlaceOrder'], note: 'OBS; no lastChangedType INF' },
  { id: 'N6', event: 'delayDispatch', from: { productOrderStatus: ['PAYED'], claim: NO_CLAIM }, to: {}, effects: ['delayDispatch'], note: 'SOAP semantics; INF' },
  { id: 'N7', event: 'change-address', from: { productOrderStatus: BEFORE_DISPATCH, claim: NO_CLAIM }, to: {}, emits: 'DELIVERY_ADDRESS_CHANGED', effects: ['changeAddress'], note: 'INF' },
  { id: 'N8', event: 'dispatchProductOrders', from: { productOrderStatus: ['PAYED'], claim: NO_CLAIM }, to: { productOrderStatus: 'DELIVERING', placeOrderStatus: 'OK' }, emits: 'DISPATCHED', effects: ['fillDelivery'], note: 'INF (strong); implicit confirm REC' },
  { id: 'N9', event: 'deliver', from: { productOrderStatus: ['DELIVERING'], claim: NO_CLAIM }, to: { productOrderStatus: 'DELIVERED' }, effects: ['markDelivered'], note: 'OBS: no lastChangedType for delivery completion' },
  { id: 'N10', event: 'decide-purchase', from: { productOrderStatus: ['DELIVERING', 'DELIVERED', 'EXCHANGED'], claim: NO_CLAIM }, to: { productOrderStatus: 'PURCHASE_DECIDED' }, emits: 'PURCHASE_DECIDED', effects: ['decidePurchase'], note: 'INF; E6 after an exchange' },

  // Cancel flows (§10.2)
  { id: 'C1', event: 'buyer-cancel', from: { productOrderStatus: ['PAYMENT_WAITING'], claim: NO_CLAIM }, to: { claimType: 'CANCEL', claimStatus: 'CANCELING' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim'], next: 'complete-cancel', note: 'DOC example (PAYMENT_WAITING+CANCEL+CANCELING+CLAIM_REQUESTED); rest INF' },
  { id: 'C2', event: 'buyer-cancel', from: { productOrderStatus: ['PAYED'], placeOrderStatus: ['NOT_YET'], claim: NO_CLAIM }, to: { claimType: 'CANCEL', claimStatus: 'CANCELING' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim'], next: 'complete-cancel', note: 'INF: no merchant approval before confirmation' },
  { id: 'C3', event: 'buyer-cancel', from: { productOrderStatus: ['PAYED'], placeOrderStatus: ['OK'], claim: NO_CLAIM }, to: { claimType: 'CANCEL', claimStatus: 'CANCEL_REQUEST' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim'], note: 'OBS/INF' },
  { id: 'C4', event: 'approveCancel', from: { claim: { type: 'CANCEL', status: ['CANCEL_REQUEST'] } }, to: { claimStatus: 'CANCELING' }, effects: ['approveCancel'], next: 'complete-cancel', note: 'OBS (allowed state); INF' },
  { id: 'C5', event: 'dispatchProductOrders', from: { productOrderStatus: ['PAYED'], claim: { type: 'CANCEL', status: ['CANCEL_REQUEST'] } }, to: { claimStatus: 'CANCEL_REJECT' }, emits: 'CLAIM_REJECTED', effects: ['rejectClaim'], next: 'dispatchProductOrders', note: 'OBS (report) / INF' },
  { id: 'C6', event: 'requestCancel', from: { productOrderStatus: BEFORE_DISPATCH, claim: NO_CLAIM }, to: { claimType: 'CANCEL', claimStatus: 'CANCELING' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim', 'approveCancel'], next: 'complete-cancel', note: 'OBS: seller cancel is immediate; INF' },
  { id: 'C7a', event: 'complete-cancel', from: { claim: { type: 'CANCEL', status: ['CANCELING'] } }, guard: 'wholeQuantity', to: { productOrderStatus: 'CANCELED', claimStatus: 'CANCEL_DONE' }, emits: 'CLAIM_COMPLETED', effects: ['completeCancel'], note: 'INF' },
  { id: 'C7b', event: 'complete-cancel', from: { claim: { type: 'CANCEL', status: ['CANCELING'] } }, guard: 'partQuantity', to: { claimStatus: 'CANCEL_DONE' }, emits: 'CLAIM_COMPLETED', effects: ['completeCancel'], note: 'OBS: status stays, still dispatchable; INF' },
  { id: 'C8a', event: 'admin-cancel', from: { productOrderStatus: ['PAYMENT_WAITING', 'PAYED', 'DELIVERING', 'DELIVERED'], claim: NO_CLAIM }, to: { claimType: 'ADMIN_CANCEL', claimStatus: 'ADMIN_CANCELING' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim'], next: 'complete-admin-cancel', note: 'enum DOC; not API-triggerable' },
  { id: 'C8b', event: 'complete-admin-cancel', from: { claim: { type: 'ADMIN_CANCEL', status: ['ADMIN_CANCELING'] } }, to: { productOrderStatus: 'CANCELED', claimStatus: 'ADMIN_CANCEL_DONE' }, emits: 'CLAIM_COMPLETED', effects: ['completeCancel'], note: 'enum DOC; INF' },

  // Return flows (§10.3)
  { id: 'R1a', event: 'buyer-return', from: { productOrderStatus: SHIPPED, claim: NO_CLAIM }, to: { claimType: 'RETURN', claimStatus: 'RETURN_REQUEST' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim'], note: 'INF' },
  { id: 'R1b', event: 'requestReturn', from: { productOrderStatus: SHIPPED, claim: NO_CLAIM }, to: { claimType: 'RETURN', claimStatus: 'RETURN_REQUEST' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim'], note: 'INF' },
  { id: 'R2', event: 'collect', from: { claim: { type: 'RETURN', status: ['RETURN_REQUEST'] } }, to: { claimStatus: 'COLLECTING' }, effects: ['startCollect'], note: 'INF' },
  { id: 'R3', event: 'collect-done', from: { claim: { type: 'RETURN', status: ['RETURN_REQUEST', 'COLLECTING'] } }, to: { claimStatus: 'COLLECT_DONE' }, emits: 'COLLECT_DONE', effects: ['completeCollect'], note: 'INF (strong)' },
  { id: 'R4', event: 'approveReturn', from: { claim: { type: 'RETURN', status: OPEN_RETURN }, holdback: 'not-held' }, to: { productOrderStatus: 'RETURNED', claimStatus: 'RETURN_DONE' }, emits: 'CLAIM_COMPLETED', effects: ['completeReturn'], note: 'INF' },
  { id: 'R5', event: 'rejectReturn', from: { claim: { type: 'RETURN', status: OPEN_RETURN } }, to: { claimStatus: 'RETURN_REJECT' }, emits: 'CLAIM_REJECTED', effects: ['rejectClaim'], note: 'INF' },
  { id: 'R6', event: 'holdbackReturn', from: { claim: { type: 'RETURN', status: OPEN_RETURN }, holdback: 'not-held' }, to: { holdbackStatus: 'HOLDBACK' }, effects: ['holdback'], note: 'INF; no REST lastChangedType' },
  { id: 'R7', event: 'releaseReturnHoldback', from: { claim: { type: 'RETURN', status: OPEN_RETURN }, holdback: 'held' }, to: { holdbackStatus: 'RELEASED' }, effects: ['releaseHoldback'], note: 'INF' },

  // Exchange flows (§10.4)
  { id: 'E1', event: 'buyer-exchange', from: { productOrderStatus: SHIPPED, claim: NO_CLAIM }, to: { claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REQUEST' }, emits: 'CLAIM_REQUESTED', effects: ['openClaim'], note: 'INF; buyer-initiated only' },
  { id: 'E2', event: 'collect', from: { claim: { type: 'EXCHANGE', status: ['EXCHANGE_REQUEST'] } }, to: { claimStatus: 'COLLECTING' }, effects: ['startCollect'], note: 'INF' },
  { id: 'E3a', event: 'collect-done', from: { claim: { type: 'EXCHANGE', status: ['EXCHANGE_REQUEST', 'COLLECTING'] } }, to: { claimStatus: 'COLLECT_DONE' }, emits: 'COLLECT_DONE', effects: ['completeCollect'], note: 'INF' },
  { id: 'E3b', event: 'completeExchangeCollect', from: { claim: { type: 'EXCHANGE', status: ['EXCHANGE_REQUEST', 'COLLECTING'] } }, to: { claimStatus: 'COLLECT_DONE' }, emits: 'COLLECT_DONE', effects: ['completeCollect'], note: 'NPAY description; INF' },
  { id: 'E4', event: 'redeliverExchange', from: { claim: { type: 'EXCHANGE', status: ['COLLECT_DONE'] }, holdback: 'not-held' }, to: { claimStatus: 'EXCHANGE_REDELIVERING' }, emits: 'CLAIM_REDELIVERING', effects: ['redeliver'], note: 'DOC code 104417; INF' },
  { id: 'E5', event: 'redeliver-done', from: { claim: { type: 'EXCHANGE', status: ['EXCHANGE_REDELIVERING'] } }, to: { productOrderStatus: 'EXCHANGED', claimStatus: 'EXCHANGE_DONE' }, emits: 'CLAIM_COMPLETED', effects: ['completeExchange'], note: 'INF; EXCHANGED medium (Q20)' },
  { id: 'E7', event: 'rejectExchange', from: { claim: { type: 'EXCHANGE', status: OPEN_EXCHANGE } }, to: { claimStatus: 'EXCHANGE_REJECT' }, emits: 'CLAIM_REJECTED', effects: ['rejectClaim'], note: 'SOAP/INF: status stays delivered' },
  { id: 'E8a', event: 'holdbackExchange', from: { claim: { type: 'EXCHANGE', status: OPEN_EXCHANGE }, holdback: 'not-held' }, to: { holdbackStatus: 'HOLDBACK' }, effects: ['holdback'], note: 'INF' },
  { id: 'E8b', event: 'releaseExchangeHoldback', from: { claim: { type: 'EXCHANGE', status: OPEN_EXCHANGE }, holdback: 'held' }, to: { holdbackStatus: 'RELEASED' }, effects: ['releaseHoldback'], note: 'INF' },

  // Hope delivery (Commerce API only; its own checks: machine/hope-delivery.ts)
  { id: 'H1', event: 'changeHopeDelivery', from: { productOrderStatus: BEFORE_DISPATCH, claim: NO_CLAIM }, to: {}, emits: 'HOPE_DELIVERY_INFO_CHANGED', effects: ['changeHopeDelivery'], note: 'DOC operation and enum; states INF (not after dispatch)' },
]

/** The table: each row with the actor of its event. */
export const TRANSITIONS: readonly TransitionRow[] = ROWS.map(({ id, event, ...rest }) => ({
  id,
  event,
  actor: EVENT_ACTORS[event],
  ...rest,
}))

/**
 * Forbidden merchant actions whose failure code is not the default `9999` (facts §10.6).
 * The first refusal whose pattern matches gives the code; otherwise `defaultCode`, otherwise 9999.
 */
// biome-ignore format: one row per line reads as a table
export const REFUSALS: readonly {
  event: EventName
  from?: StatePattern
  code: OrderErrorCode
  note: string
}[] = [
  { event: 'confirmProductOrders', from: { productOrderStatus: ['PAYED'], placeOrderStatus: ['OK'], claim: NO_CLAIM }, code: '105306', note: 'already confirmed [REC]' },
  { event: 'holdbackReturn', from: { claim: { type: 'RETURN', status: OPEN_RETURN }, holdback: 'held' }, code: '105306', note: 'already held' },
  { event: 'releaseReturnHoldback', from: { claim: { type: 'RETURN', status: OPEN_RETURN }, holdback: 'not-held' }, code: '105306', note: 'not held' },
  { event: 'holdbackExchange', from: { claim: { type: 'EXCHANGE', status: OPEN_EXCHANGE }, holdback: 'held' }, code: '105306', note: 'already held' },
  { event: 'releaseExchangeHoldback', from: { claim: { type: 'EXCHANGE', status: OPEN_EXCHANGE }, holdback: 'not-held' }, code: '105306', note: 'not held' },
  { event: 'redeliverExchange', code: '104417', note: 'DOC: 재배송 처리 불가능 주문 상태' },
  { event: 'changeHopeDelivery', code: '104442', note: 'DOC: 상품 주문 상태 확인 필요; when REC' },
]
