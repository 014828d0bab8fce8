/**
 * Messages clients read in error bodies and fail entries, checked against the docs' tables (facts §5.2)
 * and the Bean Validation texts docs/fidelity.md promises, through HTTP.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

const DISPATCH = '/v1/pay-order/mall/product-orders/dispatch'
const QUERY = '/v1/pay-order/mall/product-orders/query'

async function setup() {
  const h = harness()
  const token = await h.token()
  const now = formatKst(h.sandbox.engine.tenant().now())
  const item = (productOrderId: string, fields: Record<string, unknown> = {}) => ({
    productOrderId,
    deliveryMethod: 'DELIVERY',
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: '612345678901',
    dispatchDate: now,
    ...fields,
  })
  const dispatch = async (...items: unknown[]) => {
    const res = await h.call('POST', DISPATCH, { token, body: { dispatchProductOrders: items } })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  return { h, token, item, dispatch }
}

const newId = async (h: Harness) => (await h.order()).productOrderIds[0]!

test.each([
  // The docs' descriptions, character for character: no space before "(".
  ['a NOTHING dispatch of a delivery order', '104116', '배송 방법 변경 필요(배송 없음 주문)'],
  ['a malformed tracking number', '104122', '배송 송장 오류(비유효 송장)'],
  ["another order's tracking number", '104121', '배송 송장 오류(기사용 송장)'],
])('%s fails with %s and the documented message', async (name, code, message) => {
  const { h, item, dispatch } = await setup()
  const id = await newId(h)
  let fields: Record<string, unknown> = {}
  if (code === '104116') fields = { deliveryMethod: 'NOTHING' }
  if (code === '104122') fields = { trackingNumber: 'abc' }
  if (code === '104121') {
    await dispatch(item(await newId(h), { trackingNumber: '555566667777' }))
    fields = { trackingNumber: '555566667777' }
  }
  const res = await dispatch(item(id, fields))
  expect(res.status, name).toBe(200)
  expect(res.body.data).toEqual({
    successProductOrderIds: [],
    failProductOrderInfos: [{ productOrderId: id, code, message }],
  })
})

test('a dispatch naming one product order twice reports it once, as 104131, and ships nothing for it', async () => {
  const { h, token, item, dispatch } = await setup()
  const [twice, once] = [await newId(h), await newId(h)]
  const res = await dispatch(item(twice), item(once, { trackingNumber: '612345678902' }), item(twice))
  expect(res.status).toBe(200)
  expect(res.body).toEqual({
    // The frozen clock moves up to the dispatch step, a millisecond after the instant it stood at.
    timestamp: expect.stringMatching(/^2024-05-15T10:00:00\.\d{3}\+09:00$/),
    traceId: expect.any(String),
    data: {
      successProductOrderIds: [once],
      failProductOrderInfos: [{ productOrderId: twice, code: '104131', message: '상품 주문 번호 중복' }],
    },
  })
  const query = await h.call('POST', QUERY, { token, body: { productOrderIds: [twice, once] } })
  const details = (await query.json()) as { data: { productOrder: { productOrderStatus: string } }[] }
  expect(details.data.map((d) => d.productOrder.productOrderStatus)).toEqual(['PAYED', 'DELIVERING'])
})

test.each([
  ['no ids', QUERY, { productOrderIds: [] }, 'productOrderIds', '크기가 1에서 300 사이여야 합니다'],
  [
    '301 ids',
    QUERY,
    { productOrderIds: Array.from({ length: 301 }, (_, i) => String(2024051500000000 + i)) },
    'productOrderIds',
    '크기가 1에서 300 사이여야 합니다',
  ],
  [
    'no dispatch entries',
    DISPATCH,
    { dispatchProductOrders: [] },
    'dispatchProductOrders',
    '크기가 1에서 30 사이여야 합니다',
  ],
  [
    '31 dispatch entries',
    DISPATCH,
    { dispatchProductOrders: Array.from({ length: 31 }, (_, i) => ({ productOrderId: String(i) })) },
    'dispatchProductOrders',
    '크기가 1에서 30 사이여야 합니다',
  ],
])('%s is 400 4000 with the Bean Validation @Size text', async (_name, path, body, field, message) => {
  const { h, token } = await setup()
  const res = await h.call('POST', path, { token, body })
  expect(res.status).toBe(400)
  expect(await res.json()).toEqual({
    code: '4000',
    message: '잘못된 요청 파라미터',
    invalidInputs: [{ name: field, type: 'Size', message }],
    timestamp: '2024-05-15T10:00:00.000+09:00',
    traceId: expect.any(String),
  })
})
