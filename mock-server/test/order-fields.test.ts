/**
 * POST /__sandbox/orders honours the per-item amounts, codes and delivery attributes, refuses what does not
 * fit with the control plane's 400, and the real API shows them with the documented arithmetic.
 */
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

const LINE = {
  unitPrice: 20_000,
  optionPrice: 2_000,
  quantity: 4,
  deliveryFeeAmount: 3_000,
  deliveryDiscountAmount: 3_000,
  immediateDiscountAmount: 4_000,
  multiplePurchaseDiscountAmount: 2_000,
  multiplePurchaseDiscountType: 'QUANTITY',
  appliedCoupons: [
    {
      couponPublishNumber: 'C-1',
      couponClassCode: 'NMP_PRD_DCNT',
      couponDiscountAmount: 5_000,
      naverBurdenRatio: 100,
    },
  ],
  appliedCardPromotion: {
    promotionName: '현대카드 청구할인',
    cardCompanyName: '현대카드',
    promotionApplyAmount: 1_000,
  },
  sellerProductCode: 'SKU-1',
  optionManageCode: 'SKU-1-L',
  sellerCustomCode1: 'BIN-1',
  sellerCustomCode2: 'ERP-1',
  originalProductId: '1234567890',
  groupProductId: 2_000_000_001,
  freeGift: '파우치 증정',
  individualCustomUniqueCode: 'P123412341234',
  inflowPathAdd: '자사몰',
  deliveryAttributeType: 'ARRIVAL_GUARANTEE',
  deliveryTagType: 'TOMORROW',
  expectedDeliveryCompany: 'CJGLS',
}

async function setup() {
  const h = harness()
  const token = await h.token()
  const query = async (ids: string[], quantityClaimCompatibility?: boolean) => {
    const res = await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
      token,
      body: {
        productOrderIds: ids,
        ...(quantityClaimCompatibility === undefined ? {} : { quantityClaimCompatibility }),
      },
    })
    expect(res.status).toBe(200)
    return (
      (await res.json()) as {
        data: { order: Record<string, unknown>; productOrder: Record<string, unknown> }[]
      }
    ).data
  }
  const search = async (flag: boolean | undefined) => {
    const q = `from=${encodeURIComponent('2024-05-15T10:00:00.000+09:00')}${flag === undefined ? '' : `&quantityClaimCompatibility=${flag}`}`
    const res = await h.call('GET', `/v1/pay-order/mall/product-orders?${q}`, { token })
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      data: { contents: { content: { productOrder: Record<string, unknown> } }[] }
    }
    return body.data.contents.map((c) => c.content.productOrder)
  }
  return { h, token, query, search }
}

test('the control plane keeps the given amounts, codes and attributes and the API shows them with the documented sums', async () => {
  const { h, query } = await setup()
  const { productOrderIds } = await h.order({
    paymentMeans: '신용카드',
    orderDiscountAmount: 1_000,
    items: [LINE],
  })
  const [detail] = await query(productOrderIds, true)
  const { appliedCoupons, appliedCardPromotion, ...codes } = LINE
  expect(detail!.productOrder).toMatchObject({
    ...Object.fromEntries(
      Object.entries(codes).filter(
        ([k]) =>
          ![
            'immediateDiscountAmount',
            'multiplePurchaseDiscountAmount',
            'multiplePurchaseDiscountType',
          ].includes(k),
      ),
    ),
    totalProductAmount: 88_000,
    productImediateDiscountAmount: 4_000,
    productProductDiscountAmount: 5_000,
    productMultiplePurchaseDiscountAmount: 2_000,
    productDiscountAmount: 11_000,
    sellerBurdenImediateDiscountAmount: 4_000,
    // Naver bears the whole coupon.
    sellerBurdenProductDiscountAmount: 0,
    sellerBurdenMultiplePurchaseDiscountAmount: 2_000,
    sellerBurdenMultiplePurchaseDiscountType: 'QUANTITY',
    sellerBurdenStoreDiscountAmount: 1_000,
    sellerBurdenDiscountAmount: 7_000,
    // 할인 적용 후: product − product discounts − the store coupon share + delivery − delivery discount.
    totalPaymentAmount: 88_000 - 11_000 - 1_000 + 3_000 - 3_000,
    arrivalGuaranteeDate: '2024-05-16T23:59:59.000+09:00',
    appliedCoupons,
    appliedCardPromotion: { ...appliedCardPromotion, brandCompanyBurdenRatio: 0 },
  })
  expect(detail!.order).toMatchObject({ orderDiscountAmount: 1_000, generalPaymentAmount: 76_000 })
})

test('after a partial cancel the API keeps quantity as ordered with the flag and shows the units held without it', async () => {
  const { h, token, query, search } = await setup()
  const { productOrderIds } = await h.order({
    items: [{ unitPrice: 10_000, quantity: 3, deliveryFeeAmount: 0 }],
  })
  const id = productOrderIds[0]!
  const res = await h.call('POST', `/v1/pay-order/mall/product-orders/${id}/claim/cancel/request`, {
    token,
    body: { cancelReason: 'SOLD_OUT', cancelQuantity: 1 },
  })
  expect(res.status).toBe(200)
  const [documented] = await search(true)
  expect(documented).toMatchObject({
    quantity: 3,
    initialQuantity: 3,
    remainQuantity: 2,
    totalProductAmount: 30_000,
    remainProductAmount: 20_000,
    totalPaymentAmount: 30_000,
    remainPaymentAmount: 20_000,
  })
  const [legacy] = await search(undefined)
  expect(legacy).toMatchObject({
    quantity: 2,
    totalProductAmount: 20_000,
    remainQuantity: 2,
    initialQuantity: 3,
  })
  expect((await query([id]))[0]!.productOrder).toMatchObject({ remainQuantity: 2, initialQuantity: 3 })
})

test.each([
  ['discounts beyond the product amount', { items: [{ unitPrice: 1_000, immediateDiscountAmount: 1_001 }] }],
  [
    'a card promotion on a pay-later order',
    { paymentMeans: '후불결제', items: [{ appliedCardPromotion: { promotionApplyAmount: 100 } }] },
  ],
  ['a customs code of the wrong form', { items: [{ individualCustomUniqueCode: 'X1' }] }],
  [
    'a delivery tag on normal delivery',
    { items: [{ deliveryAttributeType: 'NORMAL', deliveryTagType: 'TODAY' }] },
  ],
  ['points on a card order', { paymentMeans: '신용카드', naverMileagePaymentAmount: 1 }],
  [
    'a coupon Naver bears more than wholly',
    { items: [{ appliedCoupons: [{ couponDiscountAmount: 1, naverBurdenRatio: 120 }] }] },
  ],
  [
    'an unknown coupon class',
    { items: [{ appliedCoupons: [{ couponDiscountAmount: 1, couponClassCode: 'FREE' }] }] },
  ],
  ['a fractional group product id', { items: [{ groupProductId: 1.5 }] }],
])('%s is a 400 naming the field', async (_, body) => {
  const { h } = await setup()
  const res = await h.control('POST', '/__sandbox/orders', body)
  expect(res.status).toBe(400)
  const error = (await res.json()) as { code: string; invalidInputs: { name: string }[] }
  expect(error.code).toBe('BAD_REQUEST')
  expect(error.invalidInputs).toHaveLength(1)
  const list = await h.control('GET', '/__sandbox/product-orders')
  expect(((await list.json()) as { productOrders: unknown[] }).productOrders).toEqual([])
})

test('the error body of a refused order names the field and the rule', async () => {
  const { h } = await setup()
  const res = await h.control('POST', '/__sandbox/orders', {
    items: [{ unitPrice: 1_000, deliveryFeeAmount: 0, deliveryDiscountAmount: 500 }],
  })
  expect(await res.json()).toMatchInlineSnapshot(`
    {
      "code": "BAD_REQUEST",
      "invalidInputs": [
        {
          "message": "must not exceed deliveryFeeAmount",
          "name": "items[0].deliveryDiscountAmount",
          "type": "Range",
        },
      ],
      "message": "invalid request: items[0].deliveryDiscountAmount must not exceed deliveryFeeAmount",
    }
  `)
})
