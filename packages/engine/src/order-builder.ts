/**
 * Builds a new order and its product orders with realistic values for whatever the caller left out.
 * The records start in a placeholder state; `place-order` sets the real one.
 */
import { formatKst, kstDayStart } from '@npay-sandbox/protocol'
import type { EngineContext } from './engine-context.ts'
import type { Merchant } from './merchants.ts'
import type { Order, ProductOrderRecord, ShippingAddress } from './records.ts'
import { SandboxError } from './sandbox-error.ts'
import type { ResolvedSettlementOptions } from './settlement/options.ts'
import {
  DEFAULT_PAYMENT_COMMISSION_RATE,
  DEFAULT_SELLING_INTERLOCK_COMMISSION_RATE,
} from './settlement/options.ts'

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

/** Days until the dispatch deadline of a new product order. */
const SHIPPING_DUE_DAYS = 3

function checkItem(item: CreateOrderItem, i: number) {
  const bad = (field: string, rule: string) =>
    new SandboxError(400, 'BAD_REQUEST', `items[${i}].${field} ${rule}`, { field: `items[${i}].${field}` })
  if (
    item.quantity !== undefined &&
    (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 999)
  ) {
    throw bad('quantity', 'must be an integer from 1 to 999')
  }
  if (
    item.unitPrice !== undefined &&
    (!Number.isInteger(item.unitPrice) || item.unitPrice < 0 || item.unitPrice > 100_000_000)
  ) {
    throw bad('unitPrice', 'must be an integer amount of KRW from 0 to 100,000,000')
  }
  if (
    item.deliveryFeeAmount !== undefined &&
    (!Number.isInteger(item.deliveryFeeAmount) || item.deliveryFeeAmount < 0)
  ) {
    throw bad('deliveryFeeAmount', 'must be a non-negative integer')
  }
}

export function buildOrder(
  input: CreateOrderInput,
  env: { now: number; merchant: Merchant; ctx: EngineContext; settlement: ResolvedSettlementOptions },
): { order: Order; productOrders: ProductOrderRecord[] } {
  const { now, merchant, ctx } = env
  const { fake, ids, options } = ctx
  const items = input.items?.length ? input.items : [{}]
  if (items.length > 50) throw new SandboxError(400, 'BAD_REQUEST', 'an order has at most 50 items')
  items.forEach(checkItem)
  const ordererName = input.ordererName ?? fake.personName()
  const ordererTel = input.ordererTel ?? fake.mobile()
  const shippingAddress = {
    ...fake.address(ordererName, ordererTel),
    ...input.shippingAddress,
  } as ShippingAddress
  const orderId = ids.orderId(now)
  const packageNumber = ids.packageNumber(now)
  const paid = input.paid !== false
  const dueDate = kstDayStart(now) + (SHIPPING_DUE_DAYS + 1) * 86_400_000 - 1_000

  let generalPaymentAmount = 0
  const productOrders = items.map((item, index): ProductOrderRecord => {
    const product = fake.product()
    const quantity = item.quantity ?? 1
    const unitPrice = item.unitPrice ?? product.price
    const productAmount = unitPrice * quantity
    const deliveryFeeAmount =
      item.deliveryFeeAmount ?? (index === 0 ? (productAmount >= 50_000 ? 0 : 3_000) : 0)
    const paymentAmount = productAmount + deliveryFeeAmount
    const paymentCommission = Math.round(paymentAmount * DEFAULT_PAYMENT_COMMISSION_RATE)
    const interlock = Math.round(productAmount * DEFAULT_SELLING_INTERLOCK_COMMISSION_RATE)
    generalPaymentAmount += paymentAmount
    const productOrderId = ids.productOrderId(now)
    return {
      productOrderId,
      orderId,
      clientId: merchant.clientId,
      productOrder: {
        productOrderId,
        mallId: merchant.mallId,
        productId: item.productId ?? `P${ids.digits(9)}`,
        productName: item.productName ?? product.name,
        productOption: item.optionName ?? product.option,
        optionCode: ids.digits(10),
        productClass: '조합형옵션상품',
        packageNumber,
        inflowPath: '네이버페이',
        taxType: item.taxType ?? 'TAXATION',
        productOrderStatus: 'PAYED',
        placeOrderStatus: 'NOT_YET',
        quantity,
        initialQuantity: quantity,
        remainQuantity: quantity,
        unitPrice,
        optionPrice: 0,
        totalProductAmount: productAmount,
        initialProductAmount: productAmount,
        remainProductAmount: productAmount,
        productDiscountAmount: 0,
        initialProductDiscountAmount: 0,
        remainProductDiscountAmount: 0,
        totalPaymentAmount: paymentAmount,
        initialPaymentAmount: paymentAmount,
        remainPaymentAmount: paymentAmount,
        sellerBurdenDiscountAmount: 0,
        deliveryFeeAmount,
        deliveryDiscountAmount: 0,
        sectionDeliveryFee: 0,
        paymentCommission,
        saleCommission: 0,
        channelCommission: 0,
        knowledgeShoppingSellingInterlockCommission: interlock,
        expectedSettlementAmount: paymentAmount - paymentCommission - interlock,
        expectedDeliveryMethod: 'DELIVERY',
        deliveryPolicyType: deliveryFeeAmount > 0 ? '유료' : '무료',
        shippingFeeType: deliveryFeeAmount > 0 ? '선결제' : '무료',
        shippingAddress,
        takingAddress: merchant.takingAddress,
        shippingDueDate: formatKst(dueDate),
        shippingMemo: fake.pick([
          '부재 시 문 앞에 놓아주세요',
          '배송 전 연락 바랍니다',
          '경비실에 맡겨주세요',
        ]),
        commissionRatingType: '결제수수료',
        commissionPrePayStatus: 'GENERAL_PRD',
      },
      completedClaims: [],
      receiverAddressChanged: false,
      times: {
        ordered: now,
        lastChanged: now,
        ...(paid ? {} : { paymentDue: now + options.paymentDueDays * 86_400_000 }),
      },
      history: [],
    }
  })

  const order: Order = {
    orderId,
    orderDate: formatKst(now),
    ...(paid ? {} : { paymentDueDate: formatKst(now + options.paymentDueDays * 86_400_000) }),
    paymentMeans: input.paymentMeans ?? (paid ? fake.paymentMeans() : '무통장입금'),
    payLocationType: fake.pick(['PC', 'MOBILE'] as const),
    ordererId: fake.maskedBuyerId(),
    ordererNo: ids.digits(9),
    ordererName,
    ordererTel,
    orderDiscountAmount: 0,
    generalPaymentAmount,
    naverMileagePaymentAmount: 0,
    chargeAmountPaymentAmount: 0,
    checkoutAccumulationPaymentAmount: 0,
    payLaterPaymentAmount: 0,
    isDeliveryMemoParticularInput: 'false',
    isMembershipSubscribed: false,
  }
  return { order, productOrders }
}
