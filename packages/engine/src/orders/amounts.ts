/**
 * A line's amounts at order time (facts §8.2): the product amount, the three kinds of product
 * discount with the seller's part of each, the delivery fee and its discount, and what the line costs.
 *
 *   totalProductAmount = (unitPrice + optionPrice) × quantity
 *   productDiscountAmount = productImediateDiscountAmount + productProductDiscountAmount
 *                           + productMultiplePurchaseDiscountAmount
 *   payment = totalProductAmount − productDiscountAmount + deliveryFeeAmount − deliveryDiscountAmount
 *   (the line's totalPaymentAmount is this less its share of the order discount, see payment.ts)
 */
import type { FakeData } from '../fake.ts'
import type { AppliedCoupon, CreateOrderItem } from './input.ts'
import { invalid } from './input.ts'

export interface LineAmounts {
  quantity: number
  unitPrice: number
  optionPrice: number
  productAmount: number
  immediate: number
  sellerImmediate: number
  coupon: number
  sellerCoupon: number
  coupons: AppliedCoupon[] | undefined
  multiple: number
  multipleType: 'IGNORE_QUANTITY' | 'QUANTITY' | undefined
  productDiscount: number
  deliveryFee: number
  sectionDeliveryFee: number
  deliveryDiscount: number
  deliveryPolicyType: string
  payment: number
}

/** What a line is generated from when the caller left it out. */
export interface LineDefaults {
  unitPrice: number
  optionPrice: number
  /** Whether the first line ships (one delivery fee per order) and to a remote area. */
  first: boolean
  remote: boolean
  /** Generate discounts: only for lines whose price was generated, so given prices stay exact. */
  generate: boolean
}

/** Free shipping from this product amount, 3,000 won below it; 3,000 won more to Jeju and islands. */
const FREE_SHIPPING_FROM = 50_000
const DELIVERY_FEE = 3_000
const SECTION_FEE = 3_000

const floor10 = (n: number) => Math.floor(n / 10) * 10

function coupons(item: CreateOrderItem, room: number, d: LineDefaults, fake: FakeData) {
  if (item.appliedCoupons) {
    return item.appliedCoupons.map(
      (c): AppliedCoupon => ({
        couponPublishNumber: c.couponPublishNumber ?? fake.digits(12),
        couponClassCode: c.couponClassCode ?? 'NMP_PRD_DCNT',
        couponDiscountAmount: c.couponDiscountAmount ?? 0,
        naverBurdenRatio: c.naverBurdenRatio ?? 0,
      }),
    )
  }
  if (!d.generate || !fake.chance(0.2)) return undefined
  const amount = Math.min(fake.pick([1_000, 2_000, 3_000, 5_000]), floor10(room / 2))
  if (amount <= 0) return undefined
  const classCode = fake.pick(['NMP_PRD_DCNT', 'NMP_PRD_DUP_DCNT'] as const)
  return [
    {
      couponPublishNumber: fake.digits(12),
      couponClassCode: classCode,
      couponDiscountAmount: amount,
      naverBurdenRatio: classCode === 'NMP_PRD_DCNT' ? fake.pick([100, 50]) : fake.pick([0, 30, 50]),
    },
  ]
}

/**
 * The amounts of line `i`; a 400 names the field when given discounts do not fit.
 * @example lineAmounts({ unitPrice: 10_000, quantity: 2 }, 0, defaults, fake).payment // 23_000
 */
export function lineAmounts(item: CreateOrderItem, i: number, d: LineDefaults, fake: FakeData): LineAmounts {
  const at = (field: string) => `items[${i}].${field}`
  const quantity = item.quantity ?? 1
  const unitPrice = item.unitPrice ?? d.unitPrice
  const optionPrice = item.optionPrice ?? (item.unitPrice === undefined ? d.optionPrice : 0)
  const productAmount = (unitPrice + optionPrice) * quantity

  const immediate =
    item.immediateDiscountAmount ??
    (d.generate && fake.chance(0.3)
      ? Math.floor((unitPrice * fake.pick([5, 10, 15])) / 10_000) * 100 * quantity
      : 0)
  const sellerImmediate = item.sellerBurdenImmediateDiscountAmount ?? immediate
  if (sellerImmediate > immediate) {
    throw invalid(
      at('sellerBurdenImmediateDiscountAmount'),
      'Range',
      'must not exceed immediateDiscountAmount',
    )
  }
  const generatedMultiple = d.generate && quantity >= 2 && fake.chance(0.5)
  const multipleType =
    item.multiplePurchaseDiscountType ??
    (generatedMultiple ? fake.pick(['IGNORE_QUANTITY', 'QUANTITY'] as const) : undefined)
  const multiple =
    item.multiplePurchaseDiscountAmount ??
    (generatedMultiple ? (multipleType === 'QUANTITY' ? 500 * quantity : 1_000) : 0)
  const applied = coupons(item, productAmount - immediate - multiple, d, fake)
  let coupon = 0
  let sellerCoupon = 0
  for (const c of applied ?? []) {
    coupon += c.couponDiscountAmount ?? 0
    sellerCoupon += Math.floor(((c.couponDiscountAmount ?? 0) * (100 - (c.naverBurdenRatio ?? 0))) / 100)
  }
  const productDiscount = immediate + coupon + multiple
  if (productDiscount > productAmount) {
    throw invalid(
      at('immediateDiscountAmount'),
      'Range',
      'immediate, coupon and multiple-purchase discounts together exceed the product amount',
    )
  }

  const remoteFee = item.deliveryFeeAmount === undefined && d.first && d.remote ? SECTION_FEE : 0
  const conditionallyFree =
    item.deliveryFeeAmount === undefined && d.first && productAmount >= FREE_SHIPPING_FROM
  const baseFee = item.deliveryFeeAmount ?? (d.first && !conditionallyFree ? DELIVERY_FEE : 0)
  const deliveryFee = baseFee + remoteFee
  const deliveryDiscount =
    item.deliveryDiscountAmount ?? (d.generate && baseFee > 0 && fake.chance(0.1) ? baseFee : 0)
  if (deliveryDiscount > deliveryFee) {
    throw invalid(at('deliveryDiscountAmount'), 'Range', 'must not exceed deliveryFeeAmount')
  }
  const payment = productAmount - productDiscount + deliveryFee - deliveryDiscount
  const promotion = item.appliedCardPromotion?.promotionApplyAmount
  if (promotion !== undefined && promotion > payment) {
    throw invalid(
      at('appliedCardPromotion.promotionApplyAmount'),
      'Range',
      'must not exceed the line payment',
    )
  }
  return {
    quantity,
    unitPrice,
    optionPrice,
    productAmount,
    immediate,
    sellerImmediate,
    coupon,
    sellerCoupon,
    coupons: applied,
    multiple,
    multipleType: multiple > 0 ? (multipleType ?? 'IGNORE_QUANTITY') : undefined,
    productDiscount,
    deliveryFee,
    sectionDeliveryFee: remoteFee,
    deliveryDiscount,
    deliveryPolicyType: baseFee > 0 ? '유료' : conditionallyFree ? '조건부 무료' : '무료',
    payment,
  }
}
