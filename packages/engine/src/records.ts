/** How the engine stores orders: API-shaped blocks plus the instants the engine indexes on. */
import type { Schemas } from '@npay-sandbox/schema'
import type { Actor, EventName } from './machine/events.ts'
import { hasOpenClaim, type MachineState } from './machine/state.ts'

export type Order = Schemas['Order']
export type ProductOrder = Schemas['ProductOrder']
export type Delivery = Schemas['Delivery']
export type ShippingAddress = Schemas['ShippingAddress']
export type CompletedClaim = Schemas['CompletedClaim']
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

/** The machine's view of a stored product order. */
export function stateOf(record: ProductOrderRecord): MachineState {
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
