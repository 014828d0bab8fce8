import { DEFAULT_MERCHANT, describeState, reachableStates, stateOf } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createSandbox, type ListeningSandbox } from '../src/index.ts'
import { tokenForm } from './harness.ts'

const sandbox = createSandbox({ seed: 3 })
let server: ListeningSandbox
let token: string

beforeAll(async () => {
  server = await sandbox.listen({ port: 0, host: '127.0.0.1' })
  const res = await fetch(`${server.baseUrl}/v1/oauth2/token`, {
    method: 'POST',
    body: tokenForm(DEFAULT_MERCHANT.clientId, DEFAULT_MERCHANT.clientSecret),
  })
  token = ((await res.json()) as { access_token: string }).access_token
})
afterAll(() => sandbox.close())

const post = (path: string, body?: unknown) =>
  fetch(`${server.baseUrl}/v1/pay-order/mall${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }).then(async (r) => ({
    status: r.status,
    data: ((await r.json()) as { data: { successProductOrderIds?: string[] } }).data,
  }))

const succeeded = (r: { data: { successProductOrderIds?: string[] } }) =>
  (r.data.successProductOrderIds?.length ?? 0) > 0

test('100 rounds of dispatch racing a seller cancel: exactly one wins and the state is one the table allows', async () => {
  const allowed = new Set(reachableStates().keys())
  const tenant = sandbox.engine.tenant()
  for (let round = 0; round < 100; round++) {
    const { productOrderIds } = tenant.createOrder()
    const id = productOrderIds[0]!
    const dispatch = post('/product-orders/dispatch', {
      dispatchProductOrders: [
        {
          productOrderId: id,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: String(700000000000 + round),
          dispatchDate: formatKst(tenant.now()),
        },
      ],
    })
    const cancel = post(`/product-orders/${id}/claim/cancel/request`, { cancelReason: 'SOLD_OUT' })
    const results = await Promise.all(round % 2 ? [dispatch, cancel] : [cancel, dispatch])
    expect(results.map((r) => r.status)).toEqual([200, 200])
    expect(results.filter(succeeded)).toHaveLength(1)
    const state = stateOf(tenant.productOrder(id)!)
    expect(allowed.has(describeState(state))).toBe(true)
    expect(['DELIVERING', 'CANCELED']).toContain(state.productOrderStatus)
  }
})

test('100 rounds of buyer cancel requests racing a cancel approval and a dispatch end in an allowed state', async () => {
  const allowed = new Set(reachableStates().keys())
  const tenant = sandbox.engine.tenant()
  for (let round = 0; round < 100; round++) {
    const { productOrderIds } = tenant.createOrder()
    const id = productOrderIds[0]!
    await post('/product-orders/confirm', { productOrderIds: [id] })
    const buyer = fetch(`${server.origin}/__sandbox/product-orders/${id}/events/buyer-cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"reason":"INTENT_CHANGED"}',
    })
    const approve = post(`/product-orders/${id}/claim/cancel/approve`)
    const dispatch = post('/product-orders/dispatch', {
      dispatchProductOrders: [
        {
          productOrderId: id,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'HANJIN',
          trackingNumber: String(800000000000 + round),
          dispatchDate: formatKst(tenant.now()),
        },
      ],
    })
    const [buyerRes, approveRes, dispatchRes] = await Promise.all([buyer, approve, dispatch])
    expect([200, 409]).toContain(buyerRes.status)
    const state = stateOf(tenant.productOrder(id)!)
    expect(allowed.has(describeState(state))).toBe(true)
    // Approval and dispatch are mutually exclusive: both can't win.
    expect(succeeded(approveRes) && succeeded(dispatchRes)).toBe(false)
  }
})
