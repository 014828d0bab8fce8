import type { EngineContext } from './engine-context.js'
import type { Merchant } from './merchants.js'
import type { Order, ProductOrderRecord, ShippingAddress } from './records.js'
export interface CreateOrderItem {
  productName?: string
  productId?: string
  optionName?: string
  unitPrice?: number
  quantity?: number
  taxType?: 'TAXATION' | 'TAX_EXEMPTION' | 'TAX_FREE'
  deliveryFeeAmount?: number
}
export interface CreateOrderInput {
  items?: CreateOrderItem[]
  paymentMeans?: string
  paid?: boolean
  ordererName?: string
  ordererTel?: string
  shippingAddress?: Partial<ShippingAddress>
}
/** [INF] Default commission rates (payment commission of card payments; sales-interlock commission). */
export declare const DEFAULT_PAYMENT_COMMISSION_RATE = 0.0363
export declare const DEFAULT_SELLING_INTERLOCK_COMMISSION_RATE = 0.02
export declare function buildOrder(
  input: CreateOrderInput,
  env: {
    now: number
    merchant: Merchant
    ctx: EngineContext
  },
): {
  order: Order
  productOrders: ProductOrderRecord[]
}
