/** The literal a new product order is built as (facts §8.2), from the parts buildOrder worked out. */
import type { ProductOrder } from '../records.ts'
import type { LineAmounts } from './amounts.ts'
import type { DeliveryAttributes, LineCodes } from './codes.ts'

export interface ProductOrderParts {
  productOrderId: string
  mallId: string
  merchantChannelId: string
  productId: string
  productName: string
  productOption: string
  optionCode: string
  itemNo: string
  productClass: string
  packageNumber: string
  inflowPath: string
  inflowPathAdd: string
  taxType: NonNullable<ProductOrder['taxType']>
  shippingAddress: NonNullable<ProductOrder['shippingAddress']>
  takingAddress: NonNullable<ProductOrder['takingAddress']>
  shippingDueDate: string
  shippingMemo: string
  amounts: LineAmounts
  codes: LineCodes
  delivery: DeliveryAttributes
  storeDiscount: number
  customs: string | undefined
  promotion: ProductOrder['appliedCardPromotion']
  hopeDelivery?: ProductOrder['hopeDelivery']
}

/**
 * The product order as one literal: every product order starts with the same fields in the same order,
 * the ones only some carry at the end (so those with the same optional parts share one V8 shape), and
 * the commissions as placeholders that buildOrder fills once the order exists.
 */
export function productOrderOf(p: ProductOrderParts): ProductOrder {
  const a = p.amounts
  const c = p.codes
  const d = p.delivery
  return {
    productOrderId: p.productOrderId,
    mallId: p.mallId,
    merchantChannelId: p.merchantChannelId,
    productId: p.productId,
    originalProductId: c.originalProductId,
    productName: p.productName,
    productOption: p.productOption,
    optionCode: p.optionCode,
    itemNo: p.itemNo,
    sellerProductCode: c.sellerProductCode,
    sellerCustomCode1: c.sellerCustomCode1,
    sellerCustomCode2: c.sellerCustomCode2,
    productClass: p.productClass,
    packageNumber: p.packageNumber,
    inflowPath: p.inflowPath,
    inflowPathAdd: p.inflowPathAdd,
    taxType: p.taxType,
    productOrderStatus: 'PAYED',
    placeOrderStatus: 'NOT_YET',
    quantity: a.quantity,
    initialQuantity: a.quantity,
    remainQuantity: a.quantity,
    unitPrice: a.unitPrice,
    optionPrice: a.optionPrice,
    totalProductAmount: a.productAmount,
    initialProductAmount: a.productAmount,
    remainProductAmount: a.productAmount,
    productDiscountAmount: a.productDiscount,
    initialProductDiscountAmount: a.productDiscount,
    remainProductDiscountAmount: a.productDiscount,
    productImediateDiscountAmount: a.immediate,
    initialProductImmediateDiscountAmount: a.immediate,
    remainProductImmediateDiscountAmount: a.immediate,
    productProductDiscountAmount: a.coupon,
    initialProductProductDiscountAmount: a.coupon,
    remainProductProductDiscountAmount: a.coupon,
    productMultiplePurchaseDiscountAmount: a.multiple,
    totalPaymentAmount: a.payment - p.storeDiscount,
    initialPaymentAmount: a.payment - p.storeDiscount,
    remainPaymentAmount: a.payment - p.storeDiscount,
    sellerBurdenDiscountAmount: a.sellerImmediate + a.sellerCoupon + a.multiple + p.storeDiscount,
    sellerBurdenImediateDiscountAmount: a.sellerImmediate,
    initialSellerBurdenImmediateDiscountAmount: a.sellerImmediate,
    remainSellerBurdenImmediateDiscountAmount: a.sellerImmediate,
    sellerBurdenProductDiscountAmount: a.sellerCoupon,
    initialSellerBurdenProductDiscountAmount: a.sellerCoupon,
    remainSellerBurdenProductDiscountAmount: a.sellerCoupon,
    sellerBurdenMultiplePurchaseDiscountAmount: a.multiple,
    sellerBurdenStoreDiscountAmount: p.storeDiscount,
    deliveryFeeAmount: a.deliveryFee,
    deliveryDiscountAmount: a.deliveryDiscount,
    sectionDeliveryFee: a.sectionDeliveryFee,
    paymentCommission: 0,
    saleCommission: 0,
    channelCommission: 0,
    knowledgeShoppingSellingInterlockCommission: 0,
    expectedSettlementAmount: 0,
    expectedDeliveryMethod: 'DELIVERY',
    deliveryPolicyType: a.deliveryPolicyType,
    shippingFeeType: a.deliveryFee > 0 ? '선결제' : '무료',
    deliveryAttributeType: d.deliveryAttributeType,
    expectedDeliveryCompany: d.expectedDeliveryCompany,
    shippingAddress: p.shippingAddress,
    takingAddress: p.takingAddress,
    shippingDueDate: p.shippingDueDate,
    shippingMemo: p.shippingMemo,
    commissionRatingType: '결제수수료',
    commissionPrePayStatus: 'GENERAL_PRD',
    ...(c.optionManageCode === undefined ? {} : { optionManageCode: c.optionManageCode }),
    ...(c.groupProductId === undefined ? {} : { groupProductId: c.groupProductId }),
    ...(c.freeGift === undefined ? {} : { freeGift: c.freeGift }),
    ...(p.customs === undefined ? {} : { individualCustomUniqueCode: p.customs }),
    ...(a.multipleType === undefined ? {} : { sellerBurdenMultiplePurchaseDiscountType: a.multipleType }),
    ...(d.deliveryTagType === undefined
      ? {}
      : { deliveryTagType: d.deliveryTagType, arrivalGuaranteeDate: d.arrivalGuaranteeDate }),
    ...(a.coupons === undefined ? {} : { appliedCoupons: a.coupons }),
    ...(p.promotion === undefined ? {} : { appliedCardPromotion: p.promotion }),
    ...(p.hopeDelivery === undefined ? {} : { hopeDelivery: p.hopeDelivery }),
  }
}
