/**
 * What a return or exchange costs the buyer (facts §8.6, §9.7, §9.9): the claim delivery fee of a
 * buyer-fault claim, and the fees a holdback demands. Which reasons are the buyer's fault and the Korean
 * pay labels are not public (open Q13); docs/fidelity.md lists the choices.
 */
import { DEFAULT_RETURN_DELIVERY_FEE } from '../merchants.ts'
import type { ClaimBlock, Order, ProductOrderRecord } from '../records.ts'

/**
 * Reasons for which the buyer pays the return shipping: changes of mind and ordering mistakes, and the
 * `_BY_PURCHASER` variants. The others (damaged, wrong or late goods, sold out) are the seller's fault.
 */
export const BUYER_FAULT_REASONS: ReadonlySet<string> = new Set([
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
  'SIMPLE_INTENT_CHANGED',
  'MISTAKE_ORDER',
  'DELAYED_DELIVERY_BY_PURCHASER',
  'INCORRECT_INFO_BY_PURCHASER',
  'PRODUCT_UNSATISFIED_BY_PURCHASER',
  'GIFT_INTENT_CHANGED',
])

/**
 * Extra shipping per leg to and from Jeju and the islands (도서산간): what the first delivery charged as
 * 지역별 추가 배송비 (`sectionDeliveryFee`), else this.
 */
const REMOTE_AREA_FEE = 3_000
const REMOTE_ZIP = /^(63[0-6]\d\d|402[0-4]\d|231\d\d)$/
const REMOTE_BASE = /^(제주|경상북도 울릉군|인천광역시 옹진군)/
const isRemoteArea = (a: { zipCode?: string | undefined; baseAddress?: string | undefined } = {}) =>
  REMOTE_ZIP.test(a.zipCode ?? '') || REMOTE_BASE.test(a.baseAddress ?? '')

/** How a return fee is paid (taken from the refund) and how an exchange fee is (paid on top). */
const PAY = {
  RETURN: { means: '환불금', method: '환불금에서 차감' },
  EXCHANGE: { method: '추가 결제' },
} as const

export interface FeeContext {
  record: ProductOrderRecord
  order: Order
  type: 'RETURN' | 'EXCHANGE'
  /** The merchant's one-way return fee; the default when the merchant has none. */
  returnDeliveryFee: number | undefined
}

function payOf({ type, order }: FeeContext) {
  return type === 'RETURN'
    ? PAY.RETURN
    : { means: order.paymentMeans ?? '신용카드', method: PAY.EXCHANGE.method }
}

/**
 * The standard claim delivery fee: one way for a return (both ways when the first delivery was free, as
 * the buyer never paid it), both ways for an exchange (collect and re-send).
 */
export function standardFee(ctx: FeeContext): number {
  const oneWay = ctx.returnDeliveryFee ?? DEFAULT_RETURN_DELIVERY_FEE
  const legs = ctx.type === 'EXCHANGE' || !ctx.record.productOrder.deliveryFeeAmount ? 2 : 1
  return oneWay * legs
}

/** Fills the claim delivery fee fields with `amount` (the standard fee when omitted). */
export function chargeClaimDeliveryFee(claim: ClaimBlock, ctx: FeeContext, amount = standardFee(ctx)) {
  const pay = payOf(ctx)
  claim.claimDeliveryFeeDemandAmount = amount
  claim.claimDeliveryFeePayMeans ??= pay.means
  claim.claimDeliveryFeePayMethod ??= pay.method
  claim.claimDeliveryFeeProductOrderIds ??= ctx.record.productOrderId
  claim.claimDeliveryFeeDiscountAmount ??= 0
  const legs = ctx.type === 'EXCHANGE' ? 2 : 1
  const perLeg = ctx.record.productOrder.sectionDeliveryFee || REMOTE_AREA_FEE
  claim.remoteAreaCostChargeAmount ??= isRemoteArea(claim.collectAddress) ? perLeg * legs : 0
}

/** A buyer-fault return or exchange is charged its delivery fee when requested; others cost nothing. */
export function chargeOnRequest(claim: ClaimBlock, reason: string | undefined, ctx: FeeContext) {
  if (reason !== undefined && BUYER_FAULT_REASONS.has(reason)) chargeClaimDeliveryFee(claim, ctx)
}

const DELIVERY_FEE_HOLDBACKS = new Set(['RETURN_DELIVERYFEE', 'EXCHANGE_DELIVERYFEE'])

/**
 * The fee a holdback demands: a shipping-fee holdback sets the claim delivery fee (its amount, or the
 * standard fee); a combined one charges the standard delivery fee and puts its amount into the other
 * fees; any other holdback with an amount is another fee.
 */
export function chargeHoldback(
  claim: ClaimBlock,
  classType: string,
  amount: number | undefined,
  ctx: FeeContext,
) {
  if (DELIVERY_FEE_HOLDBACKS.has(classType)) {
    chargeClaimDeliveryFee(claim, ctx, amount ?? standardFee(ctx))
    return
  }
  if (classType === 'RETURN_DELIVERYFEE_AND_EXTRAFEEE' && claim.claimDeliveryFeeDemandAmount === undefined)
    chargeClaimDeliveryFee(claim, ctx)
  if (amount === undefined) return
  const pay = payOf(ctx)
  claim.etcFeeDemandAmount = amount
  claim.etcFeePayMeans ??= pay.means
  claim.etcFeePayMethod ??= pay.method
}
