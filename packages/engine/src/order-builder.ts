/**
 * Builds a new order and its product orders with realistic values for whatever the caller left out
 * (facts §8.1–8.4): amounts and discounts (orders/amounts.ts), the merchant's codes and the delivery
 * attributes (orders/codes.ts), the receiver (orders/address.ts) and the payment columns
 * (orders/payment.ts). The records start in a placeholder state; `place-order` sets the real one.
 */
import { formatKst, kstDayStart } from '@npay-sandbox/protocol'
import type { EngineContext } from './engine-context.ts'
import { apiOf, type Merchant } from './merchants.ts'
import { receiverAddress } from './orders/address.ts'
import { lineAmounts } from './orders/amounts.ts'
import { INFLOW_PATHS } from './orders/catalogue.ts'
import { deliveryAttributes, lineCodes, merchantChannel } from './orders/codes.ts'
import { checkHopeDelivery, hopeDeliveryBlock } from './orders/hope-delivery.ts'
import { type CreateOrderInput, type CreateOrderItem, checkOrder } from './orders/input.ts'
import { allocate, orderDiscount, paymentColumns } from './orders/payment.ts'
import { isRemoteArea } from './orders/places.ts'
import { productOrderOf } from './orders/product-order.ts'
import { cardPromotion } from './orders/promotion.ts'
import type { Order, ProductOrderRecord } from './records.ts'
import { orderCommissions } from './settlement/commission.ts'
import type { ResolvedSettlementOptions } from './settlement/options.ts'

export type { CreateOrderInput, CreateOrderItem } from './orders/input.ts'

/** Days until the dispatch deadline of a new product order. */
const SHIPPING_DUE_DAYS = 3
const SHIPPING_MEMOS = ['부재 시 문 앞에 놓아주세요', '배송 전 연락 바랍니다', '경비실에 맡겨주세요'] as const

type Env = { now: number; merchant: Merchant; ctx: EngineContext; settlement: ResolvedSettlementOptions }

/** The payment means: given, else card when a line brings a card promotion, else a generated one. */
function meansOf(input: CreateOrderInput, paid: boolean, fake: EngineContext['fake']): string {
  if (input.paymentMeans) return input.paymentMeans
  if (!paid) return '무통장입금'
  if (input.items?.some((item) => item.appliedCardPromotion)) return '신용카드'
  if (input.naverMileagePaymentAmount !== undefined) return '포인트/머니결제'
  return fake.paymentMeans()
}

export function buildOrder(
  input: CreateOrderInput,
  env: Env,
): { order: Order; productOrders: ProductOrderRecord[] } {
  const { now, merchant, ctx } = env
  const { fake, ids, options } = ctx
  const paid = input.paid !== false
  const paymentMeans = meansOf(input, paid, fake)
  checkOrder(input, paymentMeans)
  const items: CreateOrderItem[] = input.items?.length ? input.items : [{}]
  const hopes = items.map((item, i) => {
    const hope = item.hopeDelivery ?? input.hopeDelivery
    const at = item.hopeDelivery ? `items[${i}].hopeDelivery` : 'hopeDelivery'
    const attribute = item.deliveryAttributeType
    if (hope) checkHopeDelivery(hope, at, { api: apiOf(merchant), now, deliveryAttributeType: attribute })
    return hope
  })
  const ordererName = input.ordererName ?? fake.personName()
  const ordererTel = input.ordererTel ?? fake.mobile()
  const shippingAddress = receiverAddress(input.shippingAddress, ordererName, ordererTel, fake)
  const remote = isRemoteArea(shippingAddress)
  const orderId = ids.orderId(now)
  const packageNumber = ids.packageNumber(now)
  const dueDate = formatKst(kstDayStart(now) + (SHIPPING_DUE_DAYS + 1) * 86_400_000 - 1_000)
  const inflow = fake.pick(INFLOW_PATHS)
  const shippingMemo = fake.pick(SHIPPING_MEMOS)
  const channel = merchantChannel(merchant.mallId)
  let customsCode: string | undefined

  const lines = items.map((item, i) => {
    const { product, option } = fake.product()
    const catalogued = item.productName === undefined
    const amounts = lineAmounts(
      item,
      i,
      {
        unitPrice: product.price,
        optionPrice: option.price,
        first: i === 0,
        remote,
        generate: item.unitPrice === undefined,
      },
      fake,
    )
    const codes = lineCodes(
      item,
      catalogued
        ? { sellerProductCode: product.sellerProductCode, optionManageCode: option.manageCode }
        : undefined,
      fake,
    )
    if (catalogued && product.overseas && item.individualCustomUniqueCode === undefined)
      customsCode ??= fake.customsCode()
    const promotion = cardPromotion(item.appliedCardPromotion, paymentMeans, amounts.payment, fake)
    return { item, product, option, catalogued, amounts, codes, promotion }
  })

  const due = lines.reduce((sum, l) => sum + l.amounts.payment, 0)
  const discount = orderDiscount(
    input.orderDiscountAmount,
    due,
    lines.every((l) => l.item.unitPrice === undefined),
    fake,
  )
  const storeShares = allocate(
    discount,
    lines.map((l) => l.amounts.payment),
  )

  const productOrders = lines.map((line, i): ProductOrderRecord => {
    const { item, product, option, amounts: a, codes } = line
    const productOrderId = ids.productOrderId(now)
    const optionCode = item.optionCode ?? ids.digits(10)
    const hope = hopes[i]
    const delivery = deliveryAttributes(item, now, fake, hope)
    const customs =
      item.individualCustomUniqueCode ?? (line.catalogued && product.overseas ? customsCode : undefined)
    const promotion = line.promotion
    return {
      productOrderId,
      orderId,
      clientId: merchant.clientId,
      productOrder: productOrderOf({
        productOrderId,
        mallId: merchant.mallId,
        merchantChannelId: item.merchantChannelId ?? channel,
        productId: item.productId ?? ['P', ids.digits(9)].join(''),
        productName: item.productName ?? product.name,
        productOption: item.optionName ?? option.name,
        optionCode,
        itemNo: item.itemNo ?? optionCode,
        productClass: line.catalogued ? product.productClass : '조합형옵션상품',
        packageNumber,
        inflowPath: item.inflowPath ?? inflow.path,
        inflowPathAdd: item.inflowPathAdd ?? inflow.add,
        taxType: item.taxType ?? 'TAXATION',
        shippingAddress,
        takingAddress: merchant.takingAddress,
        shippingDueDate: dueDate,
        shippingMemo,
        amounts: a,
        codes,
        delivery,
        storeDiscount: storeShares[i]!,
        customs,
        promotion,
        ...(hope ? { hopeDelivery: hopeDeliveryBlock(hope) } : {}),
      }),
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
    paymentMeans,
    payLocationType: fake.pick(['PC', 'MOBILE'] as const),
    ordererId: fake.maskedBuyerId(),
    ordererNo: ids.digits(9),
    ordererName,
    ordererTel,
    orderDiscountAmount: discount,
    ...paymentColumns(paymentMeans, due - discount, input.naverMileagePaymentAmount, fake),
    isDeliveryMemoParticularInput: 'false',
    isMembershipSubscribed: fake.chance(0.3),
  }
  for (const record of productOrders) {
    const c = orderCommissions(record.productOrder, order, env.settlement)
    record.productOrder.paymentCommission = c.paymentCommission
    record.productOrder.knowledgeShoppingSellingInterlockCommission =
      c.knowledgeShoppingSellingInterlockCommission
    record.productOrder.expectedSettlementAmount = c.expectedSettlementAmount
  }
  return { order, productOrders }
}
