/**
 * What is left of a line's amounts when `remain` of its `initial` units are still held. Every remain*
 * amount is a function of the remaining quantity alone, never of the claims that led there, so two
 * partial claims end where one claim of the same units does (no rounding drift), a fully claimed line
 * keeps 0 of everything and a line nobody claimed keeps all of it.
 */
import type { ProductOrder } from '../records.ts'

/**
 * The part of `amount` that `remain` of `initial` units carry, rounded down to the won.
 * @example remainShare(1_000, 2, 3) // 666
 */
export function remainShare(amount: number | undefined, remain: number, initial: number): number {
  if (!amount || remain <= 0 || initial <= 0) return 0
  if (remain >= initial) return amount
  return Math.floor((amount * remain) / initial)
}

export interface RemainAmounts {
  remainProductAmount: number
  remainProductImmediateDiscountAmount: number
  remainProductProductDiscountAmount: number
  remainMultiplePurchaseDiscountAmount: number
  remainProductDiscountAmount: number
  remainSellerBurdenImmediateDiscountAmount: number
  remainSellerBurdenProductDiscountAmount: number
  remainSellerBurdenMultiplePurchaseDiscountAmount: number
  remainPaymentAmount: number
}

type AmountField = {
  [K in keyof ProductOrder]-?: NonNullable<ProductOrder[K]> extends number ? K : never
}[keyof ProductOrder]

/**
 * Each remaining amount beside the field it is the remainder of and the remain* field that stores it
 * (the multiple-purchase kinds have none). The first three every product order has; the others only
 * where the order carries that kind, and only those are written.
 */
export const REMAINDERS: readonly {
  amount: keyof RemainAmounts
  total: AmountField
  stored?: AmountField
}[] = [
  { amount: 'remainProductAmount', total: 'totalProductAmount', stored: 'remainProductAmount' },
  {
    amount: 'remainProductDiscountAmount',
    total: 'productDiscountAmount',
    stored: 'remainProductDiscountAmount',
  },
  { amount: 'remainPaymentAmount', total: 'totalPaymentAmount', stored: 'remainPaymentAmount' },
  {
    amount: 'remainProductImmediateDiscountAmount',
    total: 'productImediateDiscountAmount',
    stored: 'remainProductImmediateDiscountAmount',
  },
  {
    amount: 'remainProductProductDiscountAmount',
    total: 'productProductDiscountAmount',
    stored: 'remainProductProductDiscountAmount',
  },
  { amount: 'remainMultiplePurchaseDiscountAmount', total: 'productMultiplePurchaseDiscountAmount' },
  {
    amount: 'remainSellerBurdenImmediateDiscountAmount',
    total: 'sellerBurdenImediateDiscountAmount',
    stored: 'remainSellerBurdenImmediateDiscountAmount',
  },
  {
    amount: 'remainSellerBurdenProductDiscountAmount',
    total: 'sellerBurdenProductDiscountAmount',
    stored: 'remainSellerBurdenProductDiscountAmount',
  },
  {
    amount: 'remainSellerBurdenMultiplePurchaseDiscountAmount',
    total: 'sellerBurdenMultiplePurchaseDiscountAmount',
  },
]
const ALWAYS = 3

/**
 * Writes the remainders `r` into `target` for every REMAINDERS entry `po` carries: into the remain* field
 * (`'stored'`, what a claim does) or into the total field (`'total'`, the pre-quantity-claim view).
 */
export function writeRemainders(
  target: ProductOrder,
  po: Readonly<ProductOrder>,
  r: RemainAmounts,
  into: 'stored' | 'total',
) {
  for (const [i, entry] of REMAINDERS.entries()) {
    const field = entry[into]
    if (field && (i < ALWAYS || po[entry.total] !== undefined)) target[field] = r[entry.amount]
  }
}

/**
 * The remaining amounts of `po` with `remain` units held: the product discount is the sum of its
 * remaining kinds and the payment is the product amount less it and less the line's share of the order
 * discount (the store coupon), plus the delivery fee (less its discount) while any unit is still held.
 * @example remainAmounts(po, 0).remainPaymentAmount // 0
 */
export function remainAmounts(po: Readonly<ProductOrder>, remain: number): RemainAmounts {
  const initial = po.initialQuantity ?? po.quantity ?? 1
  const share = (amount: number | undefined) => remainShare(amount, remain, initial)
  const product = share(po.initialProductAmount ?? po.totalProductAmount)
  const immediate = share(po.initialProductImmediateDiscountAmount)
  const coupon = share(po.initialProductProductDiscountAmount)
  const multiple = share(po.productMultiplePurchaseDiscountAmount)
  // Records from before the discount kinds existed carry only the total.
  const kinds =
    (po.initialProductImmediateDiscountAmount ?? 0) + (po.initialProductProductDiscountAmount ?? 0)
  const discount =
    kinds + (po.productMultiplePurchaseDiscountAmount ?? 0) > 0
      ? immediate + coupon + multiple
      : share(po.initialProductDiscountAmount)
  const delivery = remain > 0 ? (po.deliveryFeeAmount ?? 0) - (po.deliveryDiscountAmount ?? 0) : 0
  return {
    remainProductAmount: product,
    remainProductImmediateDiscountAmount: immediate,
    remainProductProductDiscountAmount: coupon,
    remainMultiplePurchaseDiscountAmount: multiple,
    remainProductDiscountAmount: discount,
    remainSellerBurdenImmediateDiscountAmount: share(po.initialSellerBurdenImmediateDiscountAmount),
    remainSellerBurdenProductDiscountAmount: share(po.initialSellerBurdenProductDiscountAmount),
    remainSellerBurdenMultiplePurchaseDiscountAmount: share(po.sellerBurdenMultiplePurchaseDiscountAmount),
    remainPaymentAmount: product - discount - share(po.sellerBurdenStoreDiscountAmount) + delivery,
  }
}
