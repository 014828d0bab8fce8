/**
 * The one commission computation: what the settlement ledger charges a product order, and what the
 * order's own `paymentCommission`, `knowledgeShoppingSellingInterlockCommission` and
 * `expectedSettlementAmount` say it will be charged.
 */
import type { ProductOrder } from '../records.ts'
import { type CommissionConfig, type PaymentSplit, settlementOf } from './money.ts'

export interface OrderCommissions {
  paymentCommission: number
  knowledgeShoppingSellingInterlockCommission: number
  expectedSettlementAmount: number
}

/**
 * The commissions of a product order's remaining payment, as positive won: the magnitudes of the sums
 * of its settlement lines (product part and delivery fee, each split by payment means and rounded per
 * means; interlock on the product part only). `expectedSettlementAmount` is what the merchant receives
 * for it: payment less both commissions plus the Naver-borne benefit. All three are 0 once nothing
 * remains (full cancel or return).
 * @example orderCommissions(record.productOrder, order.order, tenant.settlement.config)
 */
export function orderCommissions(
  po: Readonly<ProductOrder>,
  order: Readonly<PaymentSplit>,
  config: CommissionConfig,
): OrderCommissions {
  const { PROD_ORDER: product, DELIVERY: delivery } = settlementOf(po, order, config)
  // `0 -` rather than unary minus: nothing charged is 0, not -0.
  const paymentCommission = 0 - (product.payCommission + delivery.payCommission)
  const interlock = 0 - (product.interlockCommission + delivery.interlockCommission)
  return {
    paymentCommission,
    knowledgeShoppingSellingInterlockCommission: interlock,
    expectedSettlementAmount:
      product.amount + delivery.amount - paymentCommission - interlock + product.benefit + delivery.benefit,
  }
}

/**
 * Writes the three fields onto the product order (the ledger calls it whenever money may have moved).
 * @example applyOrderCommissions(record.productOrder, order, ledger.config)
 */
export function applyOrderCommissions(
  po: ProductOrder,
  order: Readonly<PaymentSplit>,
  config: CommissionConfig,
) {
  Object.assign(po, orderCommissions(po, order, config))
}
