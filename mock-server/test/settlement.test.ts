/**
 * The settlement endpoints over HTTP (`app.request`): a product order taken from payment to purchase
 * decision, the clock moved on, and every response checked against the OpenAPI document.
 */
import { expect, test } from 'vitest'
import { BASE, harness } from './harness.ts'
import { validating } from './validating-fetch.ts'

const PAGE = 'pageNumber=1&pageSize=100'

async function decidedOrder(options: Parameters<typeof harness>[0] = {}) {
  const h = harness(options)
  const token = await h.token()
  const checked = validating((request) => h.sandbox.app.request(request))
  // A fresh token per call: moving the merchant's clock ages tokens.
  const get = async (path: string) => {
    const authorization = `Bearer ${await h.token()}`
    const res = await checked.fetch(new Request(`${BASE}${path}`, { headers: { authorization } }))
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { elements: never[] } }
  }
  const event = async (id: string, name: string, body: unknown = {}) => {
    const res = await h.control('POST', `/__sandbox/product-orders/${id}/events/${name}`, body)
    expect(res.status, `${name}: ${await res.clone().text()}`).toBe(200)
  }
  const { productOrderIds } = await h.order({
    items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  })
  const id = productOrderIds[0]!
  const dispatch = await h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', {
    token,
    body: {
      dispatchProductOrders: [
        {
          productOrderId: id,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: '612345678901',
          dispatchDate: '2024-05-15T10:00:00.000+09:00',
        },
      ],
    },
  })
  expect(dispatch.status).toBe(200)
  await event(id, 'deliver')
  return { h, id, token, get, event, problems: checked.problems }
}

test('a decided order shows consistent rows in all five endpoints once the clock has moved on', async () => {
  const { h, id, get, event, problems } = await decidedOrder()
  await event(id, 'decide-purchase')
  await h.control('POST', '/__sandbox/clock/advance', { by: '20d' })

  const cases = await get(`/v1/pay-settle-mall/settle/case?searchDate=2024-05-16&${PAGE}`)
  expect(cases.status).toBe(200)
  expect(Object.keys(cases.body)).toEqual(['elements', 'pagination'])
  expect(cases.body.pagination).toEqual({ page: 1, size: 100, totalPages: 1, totalElements: 2 })
  expect(cases.body.elements).toMatchObject([
    {
      productOrderId: id,
      productOrderType: 'PROD_ORDER',
      settleExpectAmount: 19_818,
      settleCompleteDate: '2024-05-16',
      contractNo: null,
    },
    { productOrderType: 'DELIVERY', settleExpectAmount: 2_891 },
  ])

  const commissions = await get(`/v1/pay-settle-mall/settle/commission-details?productOrderId=${id}&${PAGE}`)
  expect(commissions.body.elements.map((c: { commissionAmount: number }) => c.commissionAmount)).toEqual([
    -762, -420, -109,
  ])

  const daily = await get(`/v1/pay-settle-mall/settle/daily?startDate=2024-05-01&endDate=2024-05-31&${PAGE}`)
  expect(daily.body.elements).toMatchObject([
    { settleExpectDate: '2024-05-16', settleAmount: 22_709, commissionSettleAmount: -1_291 },
  ])

  const vatCase = await get(`/v1/pay-settle-mall/vat/case?startDate=2024-05-01&endDate=2024-05-31&${PAGE}`)
  expect(vatCase.body.elements).toMatchObject([
    { status: 'VOUCH_PUBLICATION', totalSalesAmount: 21_000, creditCardAmount: 21_000 },
    { status: 'VOUCH_PUBLICATION', totalSalesAmount: 3_000, creditCardAmount: 3_000 },
  ])
  const vatDay = await get(`/v1/pay-settle-mall/vat/daily?startDate=2024-05-01&endDate=2024-05-31&${PAGE}`)
  expect(vatDay.body.elements).toMatchObject([{ settleBasisDate: '2024-05-15', totalSalesAmount: 24_000 }])
  expect(problems).toEqual([])
})

test('a return after settlement shows the reversal over HTTP', async () => {
  const { h, id, token, get, event, problems } = await decidedOrder({ settlement: { trigger: 'delivery' } })
  await event(id, 'buyer-return', { reason: 'BROKEN' })
  const approved = await h.call('POST', `/v1/pay-order/mall/product-orders/${id}/claim/return/approve`, {
    token,
  })
  expect(approved.status).toBe(200)
  const cases = await get(
    `/v1/pay-settle-mall/settle/case?productOrderId=${id}&settleType=NORMAL_SETTLE_AFTER_CANCEL&${PAGE}`,
  )
  expect(cases.body.elements).toMatchObject([
    { productOrderType: 'PROD_ORDER', paySettleAmount: -21_000, totalPayCommissionAmount: 762 },
    { productOrderType: 'DELIVERY', paySettleAmount: -3_000, totalPayCommissionAmount: 109 },
  ])
  expect(problems).toEqual([])
})

test('bad settlement queries answer 400 BAD_REQUEST with invalidInputs', async () => {
  const { get, problems } = await decidedOrder()
  const paging = await get('/v1/pay-settle-mall/settle/case?searchDate=2024-05-16&pageSize=1001')
  expect(paging.status).toBe(400)
  expect(paging.body).toMatchObject({ code: 'BAD_REQUEST', message: '잘못된 요청' })
  expect((paging.body.invalidInputs as { name: string }[]).map((i) => i.name).sort()).toEqual([
    'pageNumber',
    'pageSize',
  ])

  const vat = await get(`/v1/pay-settle-mall/vat/daily?startDate=2024-05-01&endDate=2024-05-31&${PAGE}`)
  expect({ ...vat.body, timestamp: 'T', traceId: 'X' }).toMatchInlineSnapshot(`
    {
      "code": "BAD_REQUEST",
      "invalidInputs": [
        {
          "message": "잘못된 값입니다.",
          "name": "endDate",
          "type": "Max",
        },
      ],
      "message": "잘못된 요청",
      "timestamp": "T",
      "traceId": "X",
    }
  `)
  const decision = await get(
    `/v1/pay-settle-mall/settle/case?searchDate=2024-05-16&settleDecisionType=SETTLED&${PAGE}`,
  )
  expect(decision.body.invalidInputs).toEqual([
    { name: 'settleDecisionType', type: 'Invalid', message: '잘못된 값입니다.' },
  ])
  expect(problems).toEqual([])
})

test('the buyer writes a review through the control plane and the reviews API returns it', async () => {
  const { h, id, token, problems } = await decidedOrder()
  const written = await h.control('POST', `/__sandbox/product-orders/${id}/reviews`, {
    score: 4,
    classType: 'PREMIUM',
    content: '좋아요',
  })
  expect(written.status).toBe(201)
  const review = (await written.json()) as { purchaseReviewId: string }
  expect(review).toMatchObject({
    productOrderId: id,
    purchaseReviewScore: 4,
    purchaseReviewClassType: 'PREMIUM',
    content: '좋아요',
  })
  const from = encodeURIComponent('2024-05-15T00:00:00.000+09:00')
  const read = await h.call('GET', `/v1/pay-order/mall/reviews?inquiryTimeFrom=${from}`, { token })
  expect(((await read.json()) as { data: { purchaseReviews: unknown[] } }).data.purchaseReviews).toEqual([
    review,
  ])
  const tooEarly = await h.control(
    'POST',
    `/__sandbox/product-orders/${(await h.order()).productOrderIds[0]}/reviews`,
    {},
  )
  expect(tooEarly.status).toBe(409)
  expect((await h.control('POST', `/__sandbox/product-orders/${id}/reviews`, { score: 9 })).status).toBe(400)
  expect(problems).toEqual([])
})
