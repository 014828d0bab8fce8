import { DIAGNOSTIC_HEADER } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import {
  NpayApiError,
  NpayGatewayError,
  NpayOrderError,
  NpaySettlementError,
  NpayTokenError,
} from '../src/index.ts'
import { clientFor, createFakeNpayServer, json } from './fake-npay-server.ts'

const orderId = '2024060712345678'
const settleQuery = { startDate: '2024-06-01', endDate: '2024-06-07', pageNumber: 1, pageSize: 10 }

/** The fields an integrator reads, without the stack. */
function fieldsOf(error: unknown) {
  if (!(error instanceof NpayApiError)) throw new Error(`not an NpayApiError: ${String(error)}`)
  const { name, family, status, code, message, traceId, timestamp, invalidInputs, diagnostic } = error
  return { name, family, status, code, message, traceId, timestamp, invalidInputs, diagnostic }
}

function serverAnswering(response: () => Response) {
  const server = createFakeNpayServer()
  server.respond(response)
  return clientFor(server)
}

test('an order-service 400 becomes NpayOrderError with its code, message and invalidInputs', async () => {
  const npay = serverAnswering(() =>
    json(400, {
      code: '4000',
      message: '잘못된 요청 파라미터',
      invalidInputs: [{ name: 'productOrderIds', type: 'Size', message: '1~300개까지 입력 가능합니다.' }],
      timestamp: '2024-06-07T19:00:00.000+09:00',
      traceId: 'body-host^1717754400000^7',
    }),
  )
  const error = await npay.queryProductOrders({ body: { productOrderIds: [] } }).catch((e) => e)
  expect(error).toBeInstanceOf(NpayOrderError)
  expect(fieldsOf(error)).toMatchInlineSnapshot(`
    {
      "code": "4000",
      "diagnostic": undefined,
      "family": "order",
      "invalidInputs": [
        {
          "message": "1~300개까지 입력 가능합니다.",
          "name": "productOrderIds",
          "type": "Size",
        },
      ],
      "message": "잘못된 요청 파라미터",
      "name": "NpayOrderError",
      "status": 400,
      "timestamp": "2024-06-07T19:00:00.000+09:00",
      "traceId": "body-host^1717754400000^7",
    }
  `)
})

test('the trace id comes from the GNCP-GW-Trace-ID header when the body has none', async () => {
  const npay = serverAnswering(() =>
    json(400, { code: '100003', message: '주문을 찾을 수 없음', timestamp: 't' }),
  )
  const error = await npay.getProductOrderIds({ orderId }).catch((e) => e)
  expect(error).toMatchObject({ family: 'order', code: '100003', traceId: 'header-host^1^1' })
})

test('a settlement 400 becomes NpaySettlementError', async () => {
  const npay = serverAnswering(() =>
    json(400, {
      code: 'BAD_REQUEST',
      message: '잘못된 요청',
      invalidInputs: [{ name: 'pageSize', message: '잘못된 값입니다.', type: 'typeMismatch' }],
      timestamp: '2022-09-01T12:00:00.000+09:00',
      traceId: 'trace-id',
    }),
  )
  const error = await npay.getSettleCases(settleQuery).catch((e) => e)
  expect(error).toBeInstanceOf(NpaySettlementError)
  expect(fieldsOf(error)).toMatchInlineSnapshot(`
    {
      "code": "BAD_REQUEST",
      "diagnostic": undefined,
      "family": "settlement",
      "invalidInputs": [
        {
          "message": "잘못된 값입니다.",
          "name": "pageSize",
          "type": "typeMismatch",
        },
      ],
      "message": "잘못된 요청",
      "name": "NpaySettlementError",
      "status": 400,
      "timestamp": "2022-09-01T12:00:00.000+09:00",
      "traceId": "trace-id",
    }
  `)
})

test('a gateway error on a settlement path is still NpayGatewayError', async () => {
  const npay = serverAnswering(() =>
    json(429, {
      code: 'GW.RATE_LIMIT',
      message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
      traceId: 'g^1^1',
    }),
  )
  const error = await npay.getVatDaily(settleQuery).catch((e) => e)
  expect(error).toBeInstanceOf(NpayGatewayError)
  expect(error).toMatchObject({ status: 429, code: 'GW.RATE_LIMIT', family: 'gateway' })
})

test('a refused token request becomes NpayTokenError with the emulator diagnostic', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server, { clientSecret: '$2a$04$zzzzzzzzzzzzzzzzzzzzzu' })
  const error = await npay.token().catch((e) => e)
  expect(error).toBeInstanceOf(NpayTokenError)
  expect(fieldsOf(error)).toMatchInlineSnapshot(`
    {
      "code": "BAD_REQUEST",
      "diagnostic": undefined,
      "family": "token",
      "invalidInputs": [
        {
          "message": "signature mismatch",
          "name": "client_secret_sign",
          "type": "Invalid",
        },
      ],
      "message": "잘못된 요청",
      "name": "NpayTokenError",
      "status": 400,
      "timestamp": "2024-06-07T19:00:00.000+09:00",
      "traceId": "header-host^1^1",
    }
  `)
})

test('the X-Npay-Sandbox-Diagnostic header lands in diagnostic', async () => {
  const server = createFakeNpayServer()
  const diagnostic = { [DIAGNOSTIC_HEADER]: 'timestamp is 6 minutes old' }
  server.respondToToken(() => json(400, { code: 'BAD_REQUEST', message: '잘못된 요청' }, diagnostic))
  const npay = clientFor(server)
  const error = await npay.token().catch((e) => e)
  expect(error).toMatchObject({ family: 'token', diagnostic: 'timestamp is 6 minutes old' })
})

test('a non-JSON 500 becomes an NpayApiError, not a JSON parse crash', async () => {
  const npay = serverAnswering(
    () =>
      new Response('<html><body>502 Bad Gateway</body></html>', {
        status: 500,
        statusText: 'Internal Server Error',
        headers: { 'Content-Type': 'text/html', 'GNCP-GW-Trace-ID': 'proxy^1^1' },
      }),
  )
  const error = await npay.getProductOrderIds({ orderId }).catch((e) => e)
  expect(error).toBeInstanceOf(NpayOrderError)
  expect({ ...fieldsOf(error), body: error.body }).toMatchInlineSnapshot(`
    {
      "body": "<html><body>502 Bad Gateway</body></html>",
      "code": undefined,
      "diagnostic": undefined,
      "family": "order",
      "invalidInputs": undefined,
      "message": "HTTP 500 Internal Server Error: <html><body>502 Bad Gateway</body></html>",
      "name": "NpayOrderError",
      "status": 500,
      "timestamp": undefined,
      "traceId": "proxy^1^1",
    }
  `)
})

test('an empty error body becomes an NpayApiError', async () => {
  const npay = serverAnswering(() => new Response(null, { status: 503 }))
  const error = await npay.getProductOrderIds({ orderId }).catch((e) => e)
  expect(error).toMatchObject({ status: 503, code: undefined, message: 'HTTP 503 with an empty body' })
})

test('a 200 with a body that is not JSON becomes an NpayApiError', async () => {
  const npay = serverAnswering(() => new Response('maintenance', { status: 200 }))
  const error = await npay.getProductOrderIds({ orderId }).catch((e) => e)
  expect(error).toBeInstanceOf(NpayApiError)
  expect(error).toMatchObject({ status: 200, code: undefined, body: 'maintenance' })
})
