/** What an effect receives: the record it changes, the event's input and the merchant's claim settings. */
import type { Merchant } from '../merchants.ts'
import type { Order, ProductOrderRecord, ShippingAddress } from '../records.ts'
import type { Actor } from './events.ts'

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
  delay?: { dispatchDueDate: number; reason: string; detailedReason?: string }
  collect?: { deliveryMethod: string; deliveryCompany?: string; trackingNumber?: string }
  holdback?: { classType: string; detailedReason: string; extraFeeAmount?: number }
  redelivery?: { deliveryMethod: string; deliveryCompany?: string; trackingNumber?: string }
  rejectReason?: string
  /** A hope-delivery change (machine/hope-delivery.ts): the new day, time and region, why, and who. */
  hopeDelivery?: {
    hopeDeliveryYmd: string
    hopeDeliveryHm?: string
    region?: string
    changeReason: string
    changer: string
  }
}

/** The merchant settings claims read (merchants.ts); absent ones fall back to their defaults. */
export type ClaimSettings = Readonly<Pick<Merchant, 'returnReceiveAddress' | 'returnDeliveryFee'>>

export interface EffectContext {
  record: ProductOrderRecord
  order: Order
  at: number
  actor: Actor
  input: EventInput
  newClaimId: () => string
  randomAddress: () => ShippingAddress
  /** The merchant's claim settings, when the caller passes them (else derived from the product order). */
  merchant?: ClaimSettings
}
