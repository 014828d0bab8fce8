import type { Order, ProductOrderRecord, ShippingAddress } from '../records.js'
import type { Actor } from './events.js'
import type { EffectName } from './table.js'
/** Everything an event may carry, already validated by the caller. */
export interface EventInput {
  paid?: boolean
  reason?: string
  detailedReason?: string
  quantity?: number
  shippingAddress?: ShippingAddress
  dispatch?: {
    deliveryMethod: string
    deliveryCompanyCode?: string
    trackingNumber?: string
    dispatchDate: number
  }
  delay?: {
    dispatchDueDate: number
    reason: string
    detailedReason: string
  }
  collect?: {
    deliveryMethod: string
    deliveryCompany?: string
    trackingNumber?: string
  }
  holdback?: {
    classType: string
    detailedReason: string
    extraFeeAmount?: number
  }
  redelivery?: {
    deliveryMethod: string
    deliveryCompany?: string
    trackingNumber?: string
  }
  rejectReason?: string
}
export interface EffectContext {
  record: ProductOrderRecord
  order: Order
  at: number
  actor: Actor
  input: EventInput
  newClaimId: () => string
  randomAddress: () => ShippingAddress
}
/** Runs one named effect on the draft. */
export declare function runEffect(name: EffectName, ctx: EffectContext): void
