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
