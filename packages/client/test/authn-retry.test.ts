import { expect, test } from 'vitest'
import { NpayApiError, NpayGatewayError } from '../src/index.ts'
import { clientFor, createFakeNpayServer, json } from './fake-npay-server.ts'

const orderId = '2024060712345678'

test('a 401 GW.AUTHN re-issues the token once and retries', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  await npay.getProductOrderIds({ orderId })
  server.forgetTokens()
  const result = await npay.getProductOrderIds({ orderId })
  expect(result.data).toEqual(['2024060712345601'])
  expect(server.tokenCalls()).toHaveLength(2)
  expect(server.apiCalls().map((r) => r.headers.get('Authorization'))).toEqual([
    'Bearer token-1',
    'Bearer token-1',
    'Bearer token-2',
  ])
})

test('the retry resends the JSON body of a POST', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  await npay.token()
  server.forgetTokens()
  const body = { productOrderIds: ['2024060712345601', '2024060712345602'] }
  await npay.queryProductOrders({ body })
  const [first, retry] = server.apiCalls()
  expect(retry?.body).toBe(JSON.stringify(body))
  expect(retry?.body).toBe(first?.body)
  expect(retry?.headers.get('Content-Type')).toBe('application/json')
})

test('a second 401 GW.AUTHN surfaces as NpayGatewayError after exactly one retry', async () => {
  const server = createFakeNpayServer()
  server.respond((request) =>
    request.url.endsWith('/reviews?inquiryTimeFrom=2024-06-07T00:00:00.000%2B09:00')
      ? json(401, {
          code: 'GW.AUTHN',
          message: '요청을 보낼 권한이 없습니다.',
          timestamp: 't',
          traceId: 'gw^1^2',
        })
      : undefined,
  )
  const npay = clientFor(server)
  const error = await npay.getReviews({ inquiryTimeFrom: '2024-06-07T00:00:00.000+09:00' }).catch((e) => e)
  expect(error).toBeInstanceOf(NpayGatewayError)
  expect(error).toBeInstanceOf(NpayApiError)
  expect(error).toMatchObject({ status: 401, code: 'GW.AUTHN', family: 'gateway', traceId: 'gw^1^2' })
  expect(server.tokenCalls()).toHaveLength(2)
  expect(server.apiCalls()).toHaveLength(2)
})

test.each([
  ['a 403 GW.AUTHN (permission group missing)', 403, 'GW.AUTHN'],
  ['a 401 without GW.AUTHN', 401, 'SOMETHING_ELSE'],
])('%s is not retried', async (_, status, code) => {
  const server = createFakeNpayServer()
  server.respond(() => json(status, { code, message: 'no', timestamp: 't', traceId: 'x^1^1' }))
  const npay = clientFor(server)
  await expect(npay.getProductOrderIds({ orderId })).rejects.toMatchObject({ status, code })
  expect(server.tokenCalls()).toHaveLength(1)
  expect(server.apiCalls()).toHaveLength(1)
})

test('the raw openapi-fetch client also gets the bearer token and the retry', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  await npay.token()
  server.forgetTokens()
  const { data, response } = await npay.raw.GET('/v1/pay-order/mall/orders/{orderId}/product-order-ids', {
    params: { path: { orderId } },
  })
  expect(response.status).toBe(200)
  expect(data?.data).toEqual(['2024060712345601'])
  expect(server.apiCalls().map((r) => r.headers.get('Authorization'))).toEqual([
    'Bearer token-1',
    'Bearer token-2',
  ])
})
