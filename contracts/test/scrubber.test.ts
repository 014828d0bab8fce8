import { expect, test } from 'vitest'
import { scrubExchanges } from '../src/cassettes/scrubber.ts'
import { detailBody, exchange } from './exchanges.ts'

const tokenExchange = exchange({
  operationId: 'issueToken',
  path: '/v1/oauth2/token',
  requestHeaders: { 'content-type': 'application/x-www-form-urlencoded' },
  requestBody: {
    client_id: '7dMvteboKNHwyRremLXXXX',
    timestamp: '1706671059230',
    grant_type: 'client_credentials',
    client_secret_sign: 'JDJhJDA0JGFiY2RlZmdoaWprbG1ub3BxcnN0dXVnYkZlS2dic1VOcS5mcEFhQng3MUw4ZXFnSWhpSVh5',
  },
  responseBody: { access_token: 'secret-token-value', expires_in: 10800, token_type: 'Bearer' },
})

test('tokens, signatures and client ids are redacted from a token exchange', () => {
  const [scrubbed] = scrubExchanges([tokenExchange])
  expect(scrubbed?.requestBody).toEqual({
    client_id: '<clientId:1>',
    timestamp: '<epochMillis>',
    grant_type: 'client_credentials',
    client_secret_sign: '<redacted>',
  })
  expect(scrubbed?.responseBody).toEqual({
    access_token: '<redacted>',
    expires_in: 10800,
    token_type: 'Bearer',
  })
  expect(scrubbed?.responseHeaders).toEqual({ 'gncp-gw-trace-id': '<traceId>' })
})

test('a bearer token in the Authorization header is redacted and its scheme kept', () => {
  const [scrubbed] = scrubExchanges([exchange({ requestHeaders: { authorization: 'Bearer abc.def' } })])
  expect(scrubbed?.requestHeaders).toEqual({ authorization: 'Bearer <redacted>' })
})

test('names, phones and addresses are redacted; product data and amounts are kept', () => {
  const [scrubbed] = scrubExchanges([exchange({ responseBody: detailBody('2024060712345678') })])
  const [detail] = (scrubbed!.responseBody as ReturnType<typeof detailBody>).data
  expect(detail?.order).toEqual({
    orderId: '<orderId:1>',
    ordererName: '<redacted>',
    ordererTel: '<redacted>',
    paymentDate: '<datetime>',
    payLocationType: 'MOBILE',
  })
  expect(detail?.productOrder.shippingAddress).toEqual({
    name: '<redacted>',
    tel1: '<redacted>',
    baseAddress: '<redacted>',
    zipCode: '<redacted>',
  })
  expect(detail?.productOrder.productName).toBe('무선 이어폰')
  expect(detail?.productOrder.totalPaymentAmount).toBe(59000)
})

test('ids become stable references shared by paths, queries, requests and responses', () => {
  const first = '2024060712345678'
  const second = '2024060799999999'
  const scrubbed = scrubExchanges([
    exchange({ requestBody: { productOrderIds: [first, second] }, responseBody: detailBody(second) }),
    exchange({
      operationId: 'approveReturn',
      path: `/v1/pay-order/mall/product-orders/${second}/claim/return/approve`,
      responseBody: { data: { successProductOrderIds: [second], failProductOrderInfos: [] } },
    }),
    exchange({ operationId: 'getLastChangedStatuses', method: 'GET', query: [['moreSequence', first]] }),
  ])
  expect(scrubbed[0]?.requestBody).toEqual({ productOrderIds: ['<productOrderId:1>', '<productOrderId:2>'] })
  expect(scrubbed[1]?.path).toBe('/v1/pay-order/mall/product-orders/<productOrderId:2>/claim/return/approve')
  expect(scrubbed[1]?.responseBody).toEqual({
    data: { successProductOrderIds: ['<productOrderId:2>'], failProductOrderInfos: [] },
  })
  expect(scrubbed[2]?.query).toEqual([['moreSequence', '<productOrderId:1>']])
})

test('timestamps and trace ids in bodies are normalised, and a date-time in another format is kept', () => {
  const [scrubbed] = scrubExchanges([
    exchange({
      responseBody: {
        timestamp: '2024-06-07T19:00:00.123+09:00',
        traceId: 'x^1^2',
        odd: '2023-03-28T21:04:34.0+09:00',
      },
    }),
  ])
  expect(scrubbed?.responseBody).toEqual({
    timestamp: '<datetime>',
    traceId: '<traceId>',
    odd: '2023-03-28T21:04:34.0+09:00',
  })
})

test('scrubbing leaves the exchanges it was given untouched', () => {
  const original = exchange({ responseBody: detailBody('2024060712345678') })
  const copy = structuredClone(original)
  scrubExchanges([original])
  expect(original).toEqual(copy)
})
