import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

const json = async <T>(res: Response) => (await res.json()) as T

test('a new merchant gets its own credentials that sign tokens', async () => {
  const h = harness()
  const res = await h.control('POST', '/__sandbox/merchants', { name: '테스트 상점' })
  expect(res.status).toBe(201)
  const merchant = await json<{ clientId: string; clientSecret: string; mallId: string; name: string }>(res)
  expect(merchant).toMatchObject({ name: '테스트 상점', mallId: expect.stringMatching(/^np_/) })
  expect(merchant.clientSecret).toMatch(/^\$2a\$04\$[./A-Za-z0-9]{22}$/)
  expect(await h.token(merchant)).toEqual(expect.any(String))
  const list = await json<{ merchants: { clientId: string; isDefault: boolean }[] }>(
    await h.control('GET', '/__sandbox/merchants'),
  )
  expect(list.merchants.map((m) => m.isDefault)).toEqual([true, false])
})

test('an order is created with realistic Korean data and real-shaped ids', async () => {
  const h = harness()
  const { orderId, productOrderIds } = await h.order({
    items: [{ quantity: 2 }, { productName: '테스트 상품', unitPrice: 15000 }],
  })
  expect(orderId).toMatch(/^20240515\d{8}$/)
  expect(productOrderIds).toHaveLength(2)
  const inspection = await json<{
    detail: { order: Record<string, string>; productOrder: Record<string, unknown> }
  }>(await h.control('GET', `/__sandbox/product-orders/${productOrderIds[1]}`))
  expect(inspection.detail.order.ordererName).toMatch(/^[가-힣]{2,4}$/)
  expect(inspection.detail.order.ordererTel).toMatch(/^010-\d{4}-\d{4}$/)
  expect(inspection.detail.productOrder).toMatchObject({
    productName: '테스트 상품',
    unitPrice: 15000,
    totalProductAmount: 15000,
  })
  expect((inspection.detail.productOrder.shippingAddress as { zipCode: string }).zipCode).toMatch(/^\d{5}$/)
})

test('an event that is not allowed now answers 409 with the allowed events and the merchant action to do first', async () => {
  const h = harness()
  const { productOrderIds } = await h.order()
  const res = await h.control('POST', `/__sandbox/product-orders/${productOrderIds[0]}/events/deliver`, {})
  expect(res.status).toBe(409)
  expect(await res.json()).toEqual({
    code: 'EVENT_NOT_ALLOWED',
    message: `deliver is not allowed for ${productOrderIds[0]} now (PAYED · NOT_YET). First dispatchProductOrders (merchant): POST http://emulator.test/npay/partner/v1/pay-order/mall/product-orders/dispatch`,
    allowedEvents: ['buyer-cancel', 'change-address', 'admin-cancel'],
  })
})

test('a refused event on an unpaid order names every step before it, with its request', async () => {
  const h = harness()
  const { productOrderIds } = await h.order({ paid: false })
  const id = productOrderIds[0]!
  const res = await h.control('POST', `/__sandbox/product-orders/${id}/events/deliver`, {})
  const { message } = (await res.json()) as { message: string }
  expect(message).toBe(
    `deliver is not allowed for ${id} now (PAYMENT_WAITING · NOT_YET). First pay (buyer): POST http://emulator.test/__sandbox/product-orders/${id}/events/pay, then dispatchProductOrders (merchant): POST http://emulator.test/npay/partner/v1/pay-order/mall/product-orders/dispatch`,
  )
})

test('a refused event with no way to it names no first step', async () => {
  const h = harness()
  const { productOrderIds } = await h.order()
  const id = productOrderIds[0]!
  await h.control('POST', `/__sandbox/product-orders/${id}/events/admin-cancel`, {})
  const res = await h.control('POST', `/__sandbox/product-orders/${id}/events/deliver`, {})
  expect(((await res.json()) as { message: string }).message).toBe(
    `deliver is not allowed for ${id} now (CANCELED · NOT_YET · ADMIN_CANCEL/ADMIN_CANCEL_DONE)`,
  )
})

test('inspection lists history, allowed events and merchant actions from the table', async () => {
  const h = harness()
  const { productOrderIds } = await h.order()
  const id = productOrderIds[0]!
  await h.control('POST', `/__sandbox/product-orders/${id}/events/change-address`, {})
  const inspection = await json<{
    history: { event: string; actor: string; lastChangedType?: string }[]
    allowedActions: string[]
  }>(await h.control('GET', `/__sandbox/product-orders/${id}`))
  expect(inspection.history.map((e) => [e.event, e.actor, e.lastChangedType])).toEqual([
    ['place-order', 'buyer', 'PAYED'],
    ['change-address', 'buyer', 'DELIVERY_ADDRESS_CHANGED'],
  ])
  expect(inspection.allowedActions).toEqual([
    'confirmProductOrders',
    'delayDispatch',
    'dispatchProductOrders',
    'requestCancel',
  ])
})

test('paying an unpaid order pays every product order of it', async () => {
  const h = harness()
  const { productOrderIds } = await h.order({ paid: false, items: [{}, {}] })
  const res = await h.control('POST', `/__sandbox/product-orders/${productOrderIds[0]}/events/pay`, {})
  expect(res.status).toBe(200)
  for (const id of productOrderIds) {
    const { detail } = await json<{
      detail: { productOrder: { productOrderStatus: string }; order: { paymentDate?: string } }
    }>(await h.control('GET', `/__sandbox/product-orders/${id}`))
    expect(detail.productOrder.productOrderStatus).toBe('PAYED')
    expect(detail.order.paymentDate).toMatch(/^2024-05-15T10:00:00\.\d{3}\+09:00$/)
  }
})

test('advancing the clock 8 days decides the purchase of a delivered order and lists it', async () => {
  const h = harness()
  const { productOrderIds } = await h.order()
  const id = productOrderIds[0]!
  const tenant = h.sandbox.engine.tenant()
  tenant.run(
    id,
    'dispatchProductOrders',
    {
      dispatch: {
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: '123412341234',
        dispatchDate: tenant.now(),
      },
    },
    'merchant',
  )
  await h.control('POST', `/__sandbox/product-orders/${id}/events/deliver`, {})
  const week = await json<{ fired: unknown[] }>(
    await h.control('POST', '/__sandbox/clock/advance', { by: '7d' }),
  )
  expect(week.fired).toEqual([])
  const res = await h.control('POST', '/__sandbox/clock/advance', { by: '1d' })
  const body = await json<{ now: string; fired: { productOrderId: string; event: string; at: string }[] }>(
    res,
  )
  // The frozen clock stood at 2024-05-15T10:00 KST; dispatch and delivery each come a millisecond after
  // the step before, and the decision is due exactly 8 days after the delivery.
  const delivered = Date.parse(tenant.productOrder(id)!.delivery!.deliveredDate!)
  expect(delivered - Date.parse('2024-05-15T10:00:00.000+09:00')).toBeLessThan(1_000)
  const due = formatKst(delivered + 8 * 86_400_000)
  expect(body.now).toBe(due)
  expect(body.fired).toEqual([
    {
      at: due,
      productOrderId: id,
      event: 'decide-purchase',
      description: expect.stringContaining('8 days after delivery'),
    },
  ])
})

test.each([['-1d'], ['soon'], [1.5], ['']])('an advance by %j is a 400', async (by) => {
  const h = harness()
  expect((await h.control('POST', '/__sandbox/clock/advance', { by })).status).toBe(400)
})

test('unknown product orders and malformed bodies get control-plane errors, never a 500', async () => {
  const h = harness()
  expect((await h.control('GET', '/__sandbox/product-orders/123')).status).toBe(404)
  const res = await h.sandbox.app.request('http://emulator.test/__sandbox/orders', {
    method: 'POST',
    body: '{oops',
    headers: { 'content-type': 'application/json' },
  })
  expect(res.status).toBe(400)
  expect((await h.control('POST', '/__sandbox/orders', { items: [{ quantity: 0 }] })).status).toBe(400)
  expect((await h.control('POST', '/__sandbox/orders', { clientId: 'nobody' })).status).toBe(404)
})

test('reset forgets the orders of one merchant and keeps its credentials and tokens', async () => {
  const h = harness()
  const token = await h.token()
  const { orderId } = await h.order()
  expect((await h.control('POST', '/__sandbox/reset', {})).status).toBe(200)
  const res = await h.call('GET', `/v1/pay-order/mall/orders/${orderId}/product-order-ids`, { token })
  expect(await res.json()).toMatchObject({ code: '100003' })
})

test('the journal records API calls with status, code and latency, newest first', async () => {
  const h = harness()
  const token = await h.token()
  await h.call('POST', '/v1/pay-order/mall/product-orders/query', { token, body: { productOrderIds: [] } })
  const { requests } = await json<{
    requests: { id: string; status: number; code?: string; latencyMillis: number; path: string }[]
  }>(await h.control('GET', '/__sandbox/requests?limit=5'))
  expect(requests.map((r) => [r.path, r.status, r.code ?? null])).toEqual([
    ['/npay/partner/v1/pay-order/mall/product-orders/query', 400, '4000'],
    ['/npay/partner/v1/oauth2/token', 200, null],
  ])
  const one = await json<{ request: { body: unknown }; response: { body: { code: string } } }>(
    await h.control('GET', `/__sandbox/requests/${requests[0]!.id}`),
  )
  expect(one.request.body).toEqual({ productOrderIds: [] })
  expect(one.response.body.code).toBe('4000')
})
