/** The dashboard's orders table is paged by the server: true totals, filters, search and stable pages. */
import { controlPlaneDocument } from '@npay-sandbox/schema'
import { expect, test } from 'vitest'
import { ResponseValidator } from '../src/validation/responses.ts'
import { type Harness, harness } from './harness.ts'

const strict = new ResponseValidator(controlPlaneDocument as unknown as Record<string, unknown>, 'cp-strict')

interface Page {
  productOrders: { productOrderId: string; claimStatus?: string }[]
  total: number
  page: number
  size: number
  facets: Record<string, Record<string, number>>
}

async function list(h: Harness, query: string): Promise<Page> {
  const res = await h.control('GET', `/__sandbox/product-orders?${query}`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as Page
  expect(strict.validate('listProductOrders', 200, body)).toEqual([])
  return body
}

async function orders(h: Harness, n: number) {
  const ids: string[] = []
  for (let i = 0; i < n; i++) ids.push((await h.order()).productOrderIds[0]!)
  return ids
}

test('pages of the orders table cover every product order once, with the true total', async () => {
  const h = harness()
  const ids = await orders(h, 5)
  const pages = [
    await list(h, 'size=2&page=1'),
    await list(h, 'size=2&page=2'),
    await list(h, 'size=2&page=3'),
  ]
  expect(pages.map((p) => p.total)).toEqual([5, 5, 5])
  expect(pages.map((p) => p.productOrders.length)).toEqual([2, 2, 1])
  expect(pages.flatMap((p) => p.productOrders.map((o) => o.productOrderId)).sort()).toEqual([...ids].sort())
})

test('the claim-status filter and the search narrow the total; facets count every order', async () => {
  const h = harness()
  const [returned, , other] = await orders(h, 3)
  for (const event of ['deliver', 'buyer-return']) {
    // A return needs a delivered order: confirm and dispatch through the control plane's merchant token.
    if (event === 'deliver') await dispatched(h, returned!)
    expect(
      (await h.control('POST', `/__sandbox/product-orders/${returned}/events/${event}`, {})).status,
    ).toBe(200)
  }
  const filtered = await list(h, 'claimStatus=RETURN_REQUEST')
  expect(filtered.total).toBe(1)
  expect(filtered.productOrders.map((o) => o.productOrderId)).toEqual([returned])
  expect(filtered.facets.claimStatus).toEqual({ RETURN_REQUEST: 1 })
  expect(Object.values(filtered.facets.productOrderStatus!).reduce((a, b) => a + b)).toBe(3)
  const searched = await list(h, `q=${other!.slice(-6)}`)
  expect(searched.productOrders.map((o) => o.productOrderId)).toEqual([other])
})

test("the search finds a product order by the buyer's or the receiver's name, and each row names them", async () => {
  const h = harness()
  await orders(h, 2)
  const gift = (await h.order({ ordererName: '한가을', shippingAddress: { name: '도하늘' } }))
    .productOrderIds[0]!
  const own = (await h.order({ ordererName: '서보람', shippingAddress: { name: '서보람' } }))
    .productOrderIds[0]!
  const ids = (page: Page) => page.productOrders.map((o) => o.productOrderId)
  expect(ids(await list(h, `q=${encodeURIComponent('한가을')}`))).toEqual([gift])
  expect(ids(await list(h, `q=${encodeURIComponent('하늘')}`))).toEqual([gift])
  expect(ids(await list(h, `q=${encodeURIComponent('서보람')}`))).toEqual([own])
  const rows = (await list(h, 'size=10')).productOrders as { productOrderId: string; ordererName?: string }[]
  const named = rows.find((r) => r.productOrderId === gift)
  expect(named).toMatchObject({ ordererName: '한가을', receiverName: '도하늘' })
  for (const row of rows) expect(row.ordererName).toEqual(expect.any(String))
})

async function dispatched(h: Harness, id: string) {
  const token = await h.token()
  const PO = '/v1/pay-order/mall/product-orders'
  expect((await h.call('POST', `${PO}/confirm`, { token, body: { productOrderIds: [id] } })).status).toBe(200)
  const dispatchDate = new Date(h.sandbox.engine.tenant().now() + 9 * 3_600_000)
    .toISOString()
    .replace('Z', '+09:00')
  const item = {
    productOrderId: id,
    deliveryMethod: 'DELIVERY',
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: '612345678901',
    dispatchDate,
  }
  expect(
    (await h.call('POST', `${PO}/dispatch`, { token, body: { dispatchProductOrders: [item] } })).status,
  ).toBe(200)
}
