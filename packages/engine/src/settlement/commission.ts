/**
 * The one commission computation: what the settlement ledger charges a product order, and what the
 * order's own `paymentCommission`, `knowledgeShoppingSellingInterlockCommission` and
 * `expectedSettlementAmount` say it will be charged.
 */
import type { Order, ProductOrder } from '../records.ts'
import { commissionOf } from './lines.ts'
import type { ResolvedSettlementOptions } from './options.ts'
import { payMeansTypeOf } from './pay-means.ts'

export interface OrderCommissions {
  paymentCommission: number
  knowledgeShoppingSellingInterlockCommission: number
  expectedSettlementAmount: number
}

/**
 * The commissions of a product order's remaining payment, as positive won, split as the ledger splits
 * its lines (product part and delivery fee rounded separately; interlock on the product part only).
 * @example orderCommissions(record.productOrder, order.order, tenant.settlement.config)
 */
export function orderCommissions(
  po: Readonly<ProductOrder>,
  order: Readonly<Order>,
  config: ResolvedSettlementOptions,
): OrderCommissions {
  const payment = po.remainPaymentAmount ?? po.totalPaymentAmount ?? 0
  const delivery = Math.min(payment, (po.remainQuantity ?? 1) > 0 ? (po.deliveryFeeAmount ?? 0) : 0)
  const product = payment - delivery
  const rate = config.payCommissionRates[payMeansTypeOf(order.paymentMeans)]
  const paymentCommission =
    -commissionOf(product, rate, config.rounding) - commissionOf(delivery, rate, config.rounding)
  const interlock = -commissionOf(product, config.sellingInterlockCommissionRate, config.rounding)
  return {
    paymentCommission,
    knowledgeShoppingSellingInterlockCommission: interlock,
    expectedSettlementAmount: payment - paymentCommission - interlock,
  }
}
