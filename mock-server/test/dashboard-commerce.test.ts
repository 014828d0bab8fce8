/**
 * What the dashboard reads to act as a Commerce API merchant: the state machine names each API's base path
 * and operation paths (Commerce API docs: pay-order/seller/..., collect/approve), the dashboard's token of a
 * Commerce merchant works at its seller paths, and a non-default merchant's journal entries open.
 */
import { beforeEach, expect, test } from 'vitest'
import { harness, ORIGIN } from './harness.ts'

let h: ReturnType<typeof harness>
beforeEach(() => {
  h = harness()
})

const body = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T

interface MachineApi {
  api: string
  basePath: string
  operations: Record<string, { method: string; path: string }>
}

test('the state machine names each API with its base path and its own operation paths', async () => {
  const { apiBasePath, apis } = await body<{ apiBasePath: string; apis: Record<string, MachineApi> }>(
    h.control('GET', '/__sandbox/state-machine'),
  )
  expect(apiBasePath).toBe('/npay/partner')
  expect(apis.npay).toMatchObject({ api: 'npay', basePath: '/npay/partner' })
  expect(apis.commerce).toMatchObject({ api: 'commerce', basePath: '/external' })
  expect(apis.commerce!.operations.completeExchangeCollect).toEqual({
    method: 'POST',
    path: '/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/collect/approve',
  })
  expect(apis.npay!.operations.completeExchangeCollect?.path).toMatch(/^\/v1\/pay-order\/mall\//)
  // Reviews are a mall operation; the hope-delivery change a seller one.
  expect(Object.keys(apis.npay!.operations)).toContain('getReviews')
  expect(Object.keys(apis.commerce!.operations)).not.toContain('getReviews')
  expect(Object.keys(apis.commerce!.operations)).toContain('changeHopeDelivery')
  expect(Object.keys(apis.npay!.operations)).not.toContain('changeHopeDelivery')
})

test("a Commerce merchant's dashboard token works at its seller paths, not at the mall's", async () => {
  const shop = await body<{ clientId: string }>(
    h.control('POST', '/__sandbox/merchants', { api: 'commerce' }),
  )
  const { productOrderIds } = await h.order({ clientId: shop.clientId })
  const token = await h.control('POST', `/__sandbox/merchants/${shop.clientId}/token`)
  expect(token.status).toBe(200)
  const { access_token } = await body<{ access_token: string }>(token)
  const confirm = (base: string) =>
    h.sandbox.app.request(`${ORIGIN}${base}/product-orders/confirm`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ productOrderIds }),
    })
  expect((await confirm('/npay/partner/v1/pay-order/mall')).status).toBe(401)
  const res = await confirm('/external/v1/pay-order/seller')
  expect(res.status).toBe(200)
  const { data } = await body<{ data: { successProductOrderInfos: { productOrderId: string }[] } }>(res)
  expect(data.successProductOrderInfos.map((i) => i.productOrderId)).toEqual(productOrderIds)
})

test('a journal entry of a merchant other than the default one opens with its clientId', async () => {
  const shop = await body<{ clientId: string }>(
    h.control('POST', '/__sandbox/merchants', { api: 'commerce' }),
  )
  await h.order({ clientId: shop.clientId })
  const { requests } = await body<{ requests: { id: string; path: string }[] }>(
    h.control('GET', `/__sandbox/requests?clientId=${shop.clientId}&source=all`),
  )
  const created = requests.find((r) => r.path === '/__sandbox/orders')!
  const entry = await h.control('GET', `/__sandbox/requests/${created.id}?clientId=${shop.clientId}`)
  expect(entry.status).toBe(200)
  expect(await body<{ clientId: string }>(entry)).toMatchObject({ clientId: shop.clientId })
})

test('the order page of a Commerce product order placed with a hope-delivery day offers its change until dispatch', async () => {
  const shop = await body<{ clientId: string }>(
    h.control('POST', '/__sandbox/merchants', { api: 'commerce' }),
  )
  const { now } = await body<{ now: string }>(h.control('GET', `/__sandbox/clock?clientId=${shop.clientId}`))
  const ymd = (days: number) =>
    new Date(Date.parse(now) + days * 86_400_000 + 9 * 3_600_000)
      .toISOString()
      .slice(0, 10)
      .replaceAll('-', '')
  const hope = await h.order({ clientId: shop.clientId, hopeDelivery: { hopeDeliveryYmd: ymd(3) } })
  const plain = await h.order({ clientId: shop.clientId })
  const mall = await h.order()
  type Inspection = { allowedActions: string[]; prerequisites: Record<string, string[] | null> }
  const inspect = (id: string) => body<Inspection>(h.control('GET', `/__sandbox/product-orders/${id}`))
  expect((await inspect(hope.productOrderIds[0]!)).allowedActions).toContain('changeHopeDelivery')
  // Without a hope-delivery day there is nothing to change (104441); a mall app has no such operation.
  expect((await inspect(plain.productOrderIds[0]!)).allowedActions).not.toContain('changeHopeDelivery')
  const mallInspection = await inspect(mall.productOrderIds[0]!)
  expect(mallInspection.allowedActions).not.toContain('changeHopeDelivery')
  expect(Object.keys(mallInspection.prerequisites)).not.toContain('changeHopeDelivery')
  // After dispatch the day can no longer change (104442): the page says it is past, not what to do first.
  const id = hope.productOrderIds[0]!
  const token = await body<{ access_token: string }>(
    h.control('POST', `/__sandbox/merchants/${shop.clientId}/token`),
  )
  const seller = (path: string, payload: unknown) =>
    h.sandbox.app.request(`${ORIGIN}/external/v1/pay-order/seller/product-orders${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    })
  expect((await seller('/confirm', { productOrderIds: [id] })).status).toBe(200)
  const dispatchDate = (
    await body<{ now: string }>(h.control('GET', `/__sandbox/clock?clientId=${shop.clientId}`))
  ).now
  const item = {
    productOrderId: id,
    deliveryMethod: 'DELIVERY',
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: '612345678902',
    dispatchDate,
  }
  expect((await seller('/dispatch', { dispatchProductOrders: [item] })).status).toBe(200)
  const shipped = await inspect(id)
  expect(shipped.allowedActions).not.toContain('changeHopeDelivery')
  expect(shipped.prerequisites.changeHopeDelivery).toBeNull()
})
