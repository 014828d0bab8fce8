/**
 * `POST /__sandbox/product-orders/events`: one event or merchant action for many product orders, each
 * answered on its own, each in the journal as its own request.
 */
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

interface Result {
  productOrderId: string
  ok: boolean
  status: number
  code?: string
  message?: string
  productOrderStatus?: string
  claimType?: string
  claimStatus?: string
}

async function bulk(h: Harness, body: Record<string, unknown>) {
  const res = await h.control('POST', '/__sandbox/product-orders/events', body)
  return {
    status: res.status,
    body: (await res.json()) as {
      total: number
      succeeded: number
      failed: number
      results: Result[]
      code?: string
    },
  }
}

const paidOrder = async (h: Harness) => (await h.order()).productOrderIds[0]!

test('a buyer event applies to each product order; one the state refuses answers EVENT_NOT_ALLOWED and the others go on', async () => {
  const h = harness()
  const a = await paidOrder(h)
  const shipped = await paidOrder(h)
  const b = await paidOrder(h)
  await h.dispatch(shipped)
  const { status, body } = await bulk(h, { productOrderIds: [a, shipped, b], event: 'buyer-cancel' })
  expect(status).toBe(200)
  expect(body).toMatchObject({ total: 3, succeeded: 2, failed: 1 })
  expect(body.results.map((r) => [r.productOrderId, r.ok])).toEqual([
    [a, true],
    [shipped, false],
    [b, true],
  ])
  expect(body.results[1]).toMatchObject({
    status: 409,
    code: 'EVENT_NOT_ALLOWED',
    productOrderStatus: 'DELIVERING',
  })
  // Facts §10.1: a buyer's cancel before dispatch opens a CANCEL claim.
  expect(body.results[0]).toMatchObject({ claimType: 'CANCEL' })
})

test('a merchant action goes through the real API per product order; a refusal carries the API code and Korean message', async () => {
  const h = harness()
  const a = await paidOrder(h)
  const b = await paidOrder(h)
  const { body } = await bulk(h, { productOrderIds: [a, b], action: 'dispatchProductOrders' })
  expect(body.results.every((r) => r.ok)).toBe(true)
  expect(body.results.map((r) => r.productOrderStatus)).toEqual(['DELIVERING', 'DELIVERING'])
  // Dispatching again is refused by the state (facts §10.6: a forbidden action answers a business code).
  const again = await bulk(h, { productOrderIds: [a], action: 'dispatchProductOrders' })
  expect(again.body.results[0]).toMatchObject({ ok: false, status: 200 })
  expect(again.body.results[0]!.code).toMatch(/^\d+$/)
  expect(again.body.results[0]!.message).toMatch(/[가-힣]/)
})

test('every item is its own journal entry, from the caller’s source', async () => {
  const h = harness()
  const ids = [await paidOrder(h), await paidOrder(h)]
  const res = await h.sandbox.app.request('http://emulator.test/__sandbox/product-orders/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-npay-sandbox-source': 'dashboard' },
    body: JSON.stringify({ productOrderIds: ids, action: 'confirmProductOrders' }),
  })
  expect(res.status).toBe(200)
  const journal = await (await h.control('GET', '/__sandbox/requests?limit=20')).json()
  const confirms = journal.requests.filter((r: { path: string }) =>
    r.path.endsWith('/product-orders/confirm'),
  )
  expect(confirms).toHaveLength(2)
  expect(
    confirms.every((r: { source: string; status: number }) => r.source === 'dashboard' && r.status === 200),
  ).toBe(true)
})

test('a product order of another merchant or none is NOT_FOUND for that item only', async () => {
  const h = harness()
  const b = (await (await h.control('POST', '/__sandbox/merchants', { name: 'B' })).json()) as {
    clientId: string
  }
  const theirs = (
    (await (await h.control('POST', '/__sandbox/orders', { clientId: b.clientId })).json()) as {
      productOrderIds: string[]
    }
  ).productOrderIds[0]!
  const mine = await paidOrder(h)
  const { body } = await bulk(h, { productOrderIds: [theirs, 'nope', mine], event: 'buyer-cancel' })
  expect(body.results.map((r) => [r.ok, r.status])).toEqual([
    [false, 404],
    [false, 404],
    [true, 200],
  ])
  expect(h.sandbox.engine.tenant(b.clientId).productOrder(theirs)!.productOrder.productOrderStatus).toBe(
    'PAYED',
  )
})

test('exactly one of event and action, an unknown action and more than 300 ids are 400', async () => {
  const h = harness()
  const id = await paidOrder(h)
  expect((await bulk(h, { productOrderIds: [id] })).status).toBe(400)
  expect(
    (await bulk(h, { productOrderIds: [id], event: 'deliver', action: 'confirmProductOrders' })).status,
  ).toBe(400)
  expect((await bulk(h, { productOrderIds: [id], action: 'dropEverything' })).status).toBe(400)
  const many = Array.from({ length: 301 }, (_, i) => `id-${i}`)
  expect((await bulk(h, { productOrderIds: many, event: 'deliver' })).status).toBe(400)
})

test("a merchant action on a Commerce app's orders goes to its seller path under /external", async () => {
  const h = harness()
  const created = await h.control('POST', '/__sandbox/merchants', { api: 'commerce' })
  const { clientId } = (await created.json()) as { clientId: string }
  const placed = await h.control('POST', '/__sandbox/orders', { clientId })
  const id = ((await placed.json()) as { productOrderIds: string[] }).productOrderIds[0]!
  const { body } = await bulk(h, { clientId, productOrderIds: [id], action: 'confirmProductOrders' })
  expect(body.results.map((r) => [r.ok, r.status])).toEqual([[true, 200]])
  const journal = (await (await h.control('GET', `/__sandbox/requests?clientId=${clientId}`)).json()) as {
    requests: { path: string }[]
  }
  expect(journal.requests.map((e) => e.path)).toContain(
    '/external/v1/pay-order/seller/product-orders/confirm',
  )
})
