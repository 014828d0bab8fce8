/**
 * What POST /__sandbox/orders (and `tenant.createOrder`) accepts, and the checks that the schema
 * cannot express: amounts that must fit inside other amounts, fields that only some orders carry.
 */
import type { Schemas } from '@npay-sandbox/schema'
import type { ShippingAddress } from '../records.ts'
import { SandboxError } from '../sandbox-error.ts'

export type AppliedCoupon = Schemas['AppliedCoupon']
export type AppliedCardPromotion = Schemas['AppliedCardPromotion']

/** One product order to create. Amounts are KRW for the whole line unless they say per unit. */
export interface CreateOrderItem {
  productName?: string
  productId?: string
  optionName?: string
  optionCode?: string
  /** 상품 가격 per unit. */
  unitPrice?: number
  /** 옵션 금액 per unit, added to the unit price in totalProductAmount. */
  optionPrice?: number
  quantity?: number
  taxType?: 'TAXATION' | 'TAX_EXEMPTION' | 'TAX_FREE'
  deliveryFeeAmount?: number
  deliveryDiscountAmount?: number
  /** 즉시할인 of the line (productImediateDiscountAmount). */
  immediateDiscountAmount?: number
  /** The seller's part of it; all of it when omitted. */
  sellerBurdenImmediateDiscountAmount?: number
  /** 복수구매할인 of the line, borne by the seller. */
  multiplePurchaseDiscountAmount?: number
  multiplePurchaseDiscountType?: 'IGNORE_QUANTITY' | 'QUANTITY'
  /** 상품할인 쿠폰: their sum is productProductDiscountAmount. */
  appliedCoupons?: AppliedCoupon[]
  appliedCardPromotion?: AppliedCardPromotion
  sellerProductCode?: string
  optionManageCode?: string
  sellerCustomCode1?: string
  sellerCustomCode2?: string
  itemNo?: string
  originalProductId?: string
  groupProductId?: number
  merchantChannelId?: string
  freeGift?: string
  individualCustomUniqueCode?: string
  inflowPath?: string
  inflowPathAdd?: string
  deliveryAttributeType?: Schemas['DeliveryAttributeType']
  deliveryTagType?: Schemas['DeliveryTagType']
  expectedDeliveryCompany?: string
  /** 희망일배송 (Commerce API merchants only): the line's hope day; deliveryAttributeType defaults to HOPE. */
  hopeDelivery?: CreateHopeDelivery
}

/** A buyer's hope delivery at checkout (orders/hope-delivery.ts checks it). */
export interface CreateHopeDelivery {
  /** 배송 희망일, `yyyyMMdd`. */
  hopeDeliveryYmd: string
  /** 배송 희망 시간, `HHmm`. */
  hopeDeliveryHm?: string
  /** 지역 (1–30 characters, as the change takes it). */
  region?: string
  /** 배송 희망 지역 설정 배송비 (won). */
  additionalFee?: number
}

export interface CreateOrderInput {
  items?: CreateOrderItem[]
  paymentMeans?: string
  paid?: boolean
  ordererName?: string
  ordererTel?: string
  shippingAddress?: Partial<ShippingAddress>
  /** 주문 할인 (a store coupon on the whole order), borne by the seller. */
  orderDiscountAmount?: number
  /** With 포인트/머니결제: the Npay point part; the rest is Npay money. */
  naverMileagePaymentAmount?: number
  /** 희망일배송 of every line that does not give its own (Commerce API merchants only). */
  hopeDelivery?: CreateHopeDelivery
}

/** Card means, the only ones a card promotion applies to. */
export const CARD_MEANS: ReadonlySet<string> = new Set(['신용카드', '신용카드 간편결제'])
/** Delivery attributes that carry a delivery tag and an arrival guarantee (N배송 and its kin). */
export const GUARANTEED_DELIVERY: ReadonlySet<string> = new Set([
  'ARRIVAL_GUARANTEE',
  'SELLER_GUARANTEE',
  'HOPE_SELLER_GUARANTEE',
])
export const MAX_ITEMS = 50

/**
 * A control-plane 400 naming the field, in the body the schema validation writes.
 * @example throw invalid('items[0].quantity', 'Range', 'must be an integer from 1 to 999')
 */
export function invalid(name: string, type: string, rule: string): SandboxError {
  return new SandboxError(400, 'BAD_REQUEST', `invalid request: ${name} ${rule}`, {
    invalidInputs: [{ name, type, message: rule }],
  })
}

const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max

/** Checks one item's own fields (ranges, formats); `checkLine` checks how its amounts fit together. */
export function checkItem(item: CreateOrderItem, i: number, paymentMeans: string) {
  const at = (field: string) => `items[${i}].${field}`
  const range = (field: keyof CreateOrderItem, min: number, max?: number) => {
    const v = item[field]
    if (v !== undefined && !isInt(v, min, max)) {
      throw invalid(at(field), 'Range', `must be an integer from ${min}${max ? ` to ${max}` : ''}`)
    }
  }
  range('quantity', 1, 999)
  range('unitPrice', 0, 100_000_000)
  range('optionPrice', 0, 100_000_000)
  range('deliveryFeeAmount', 0, 1_000_000)
  range('deliveryDiscountAmount', 0, 1_000_000)
  range('immediateDiscountAmount', 0)
  range('sellerBurdenImmediateDiscountAmount', 0)
  range('multiplePurchaseDiscountAmount', 0)
  range('groupProductId', 1)
  for (const [c, coupon] of (item.appliedCoupons ?? []).entries()) {
    const name = at(`appliedCoupons[${c}]`)
    if (!isInt(coupon.couponDiscountAmount, 1)) {
      throw invalid(`${name}.couponDiscountAmount`, 'Range', 'must be a positive integer')
    }
    if (coupon.naverBurdenRatio !== undefined && !isInt(coupon.naverBurdenRatio, 0, 100)) {
      throw invalid(`${name}.naverBurdenRatio`, 'Range', 'must be an integer from 0 to 100')
    }
  }
  const promotion = item.appliedCardPromotion
  if (promotion) {
    if (!CARD_MEANS.has(paymentMeans)) {
      throw invalid(
        at('appliedCardPromotion'),
        'Invalid',
        'applies only to card payments (신용카드, 신용카드 간편결제)',
      )
    }
    if (!isInt(promotion.promotionApplyAmount, 1)) {
      throw invalid(at('appliedCardPromotion.promotionApplyAmount'), 'Range', 'must be a positive integer')
    }
    if (
      promotion.brandCompanyBurdenRatio !== undefined &&
      !isInt(promotion.brandCompanyBurdenRatio, 0, 100)
    ) {
      throw invalid(
        at('appliedCardPromotion.brandCompanyBurdenRatio'),
        'Range',
        'must be an integer from 0 to 100',
      )
    }
  }
  if (item.individualCustomUniqueCode !== undefined && !/^P\d{12}$/.test(item.individualCustomUniqueCode)) {
    throw invalid(at('individualCustomUniqueCode'), 'Pattern', 'must be P followed by 12 digits')
  }
  if (
    item.deliveryTagType !== undefined &&
    item.deliveryAttributeType !== undefined &&
    !GUARANTEED_DELIVERY.has(item.deliveryAttributeType)
  ) {
    throw invalid(
      at('deliveryTagType'),
      'Invalid',
      'is given only with deliveryAttributeType ARRIVAL_GUARANTEE, SELLER_GUARANTEE or HOPE_SELLER_GUARANTEE',
    )
  }
}

/** Checks the order-level fields that do not depend on the lines' amounts; `paymentMeans` is resolved. */
export function checkOrder(input: CreateOrderInput, paymentMeans: string) {
  const items = input.items ?? []
  if (items.length > MAX_ITEMS) throw invalid('items', 'Size', `an order has at most ${MAX_ITEMS} items`)
  if (input.orderDiscountAmount !== undefined && !isInt(input.orderDiscountAmount, 0)) {
    throw invalid('orderDiscountAmount', 'Range', 'must be a non-negative integer')
  }
  const mileage = input.naverMileagePaymentAmount
  if (mileage !== undefined) {
    if (!isInt(mileage, 0))
      throw invalid('naverMileagePaymentAmount', 'Range', 'must be a non-negative integer')
    if (paymentMeans !== '포인트/머니결제') {
      throw invalid('naverMileagePaymentAmount', 'Invalid', 'is given only with paymentMeans 포인트/머니결제')
    }
  }
  for (const [i, item] of items.entries()) checkItem(item, i, paymentMeans)
}
