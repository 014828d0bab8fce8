/** How the engine stores orders: API-shaped blocks plus the instants the engine indexes on. */
import type { Schemas } from '@npay-sandbox/schema'
import type { Actor, EventName } from './machine/events.ts'
import { hasOpenClaim, type MachineState } from './machine/state.ts'

export type Order = Schemas['Order']
export type ProductOrder = Schemas['ProductOrder']
export type Delivery = Schemas['Delivery']
export type ShippingAddress = Schemas['ShippingAddress']
export type CompletedClaim = Schemas['CompletedClaim']
export type Review = Schemas['Review']
/** The current claim block, whichever its type (the three share most fields). */
export type ClaimBlock = Partial<Schemas['CancelClaim'] & Schemas['ReturnClaim'] & Schemas['ExchangeClaim']>

export interface OrderRecord {
  clientId: string
  order: Order
  productOrderIds: string[]
}

/** Epoch-millisecond instants of a product order's milestones (virtual clock). */
export interface Milestones {
  ordered: number
  paymentDue?: number
  payed?: number
  dispatched?: number
  delivered?: number
  decided?: number
  claimRequested?: number
  claimCompleted?: number
  collectCompleted?: number
  exchangeCompleted?: number
  lastChanged: number
  /** When this product order last appended a change-log row (rows of one order never share an instant). */
  lastEmitted?: number
}

export interface HistoryEntry {
  at: number
  actor: Actor
  event: EventName
  rowId: string
  lastChangedType?: string
  from: MachineState | 'new'
  to: MachineState
}

export interface ProductOrderRecord {
  productOrderId: string
  orderId: string
  clientId: string
  productOrder: ProductOrder
  delivery?: Delivery
  claim?: ClaimBlock
  beforeExchange?: ClaimBlock
  completedClaims: CompletedClaim[]
  receiverAddressChanged: boolean
  times: Milestones
  history: HistoryEntry[]
}

/** A buyer's review and when it was written (virtual clock). */
export interface StoredReview {
  at: number
  review: Review
}

/**
 * A value no property of which, at any depth, can be assigned: what the engine hands out of its records.
 * @example const record: DeepReadonly<ProductOrderRecord> = tenant.productOrder(id)!
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T

/** A stored product order as code outside the engine sees it. */
export type ReadonlyProductOrderRecord = DeepReadonly<ProductOrderRecord>
/** A stored order as code outside the engine sees it. */
export type ReadonlyOrderRecord = DeepReadonly<OrderRecord>

/** The machine's view of a stored product order. */
export function stateOf(record: ReadonlyProductOrderRecord): MachineState {
  const po = record.productOrder
  const state: MachineState = {
    productOrderStatus: po.productOrderStatus!,
    placeOrderStatus: po.placeOrderStatus!,
    claimType: po.claimType,
    claimStatus: po.claimStatus,
  }
  // Holdback only matters while its claim is in progress; a finished claim keeps it as history.
  if (hasOpenClaim(state)) state.holdbackStatus = record.claim?.holdbackStatus
  return state
}

/**
 * Remembers what a transition may change in a record and its order, and returns the undo that puts it
 * all back. Effects write only the top level, the product order, times, delivery and claim blocks and
 * the order, and append to the two lists; nested values they replace whole. Transitions therefore
 * change the committed objects in place and undo only when an effect throws, instead of deep-copying
 * the record: a copy per transition made seeding slow, and objects built by spreading and then growing
 * get a hidden class (V8 map) each, which tripled the memory of a product order (bench/README.md).
 */
export function checkpoint(record: ProductOrderRecord, order: Order): () => void {
  const parts: object[] = [record, record.productOrder, record.times, order]
  if (record.delivery) parts.push(record.delivery)
  if (record.claim) parts.push(record.claim)
  const saved = parts.map((part) => ({ ...part }))
  const historyLength = record.history.length
  const completedLength = record.completedClaims.length
  return () => {
    for (const [i, part] of parts.entries()) restore(part as Record<string, unknown>, saved[i]!)
    record.history.length = historyLength
    record.completedClaims.length = completedLength
  }
}

function restore(target: Record<string, unknown>, copy: object) {
  for (const key of Object.keys(target)) if (!(key in copy)) delete target[key]
  Object.assign(target, copy)
}
