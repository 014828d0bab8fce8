import { expect, test } from 'vitest'
import { createTraceIdGenerator, failInfo, GATEWAY_ERRORS, NpayError, renderErrorBody } from '../src/index.ts'

const ctx = { timestamp: '2023-11-05T23:35:24.415+09:00', traceId: 'cr3-000000-aaaaaa^1730711073284^6745261' }

test('the gateway 401 body matches the live sample', () => {
  const error = NpayError.gateway('GW.AUTHN')
  expect(error.status).toBe(401)
  expect(JSON.stringify(renderErrorBody(error, ctx))).toBe(
    '{"code":"GW.AUTHN","message":"요청을 보낼 권한이 없습니다.","timestamp":"2023-11-05T23:35:24.415+09:00","traceId":"cr3-000000-aaaaaa^1730711073284^6745261"}',
  )
})

test('every gateway code carries its documented status', () => {
  const statuses = Object.fromEntries(Object.entries(GATEWAY_ERRORS).map(([code, e]) => [code, e.status]))
  expect(statuses).toMatchInlineSnapshot(`
    {
      "GW.AUTHN": 401,
      "GW.AUTHZ": 403,
      "GW.BLOCK.01": 503,
      "GW.BLOCK.02": 503,
      "GW.INTERNAL_SERVER_ERROR": 500,
      "GW.IP_NOT_ALLOWED": 403,
      "GW.NOT_FOUND": 404,
      "GW.PROXY.01": 500,
      "GW.PROXY.02": 500,
      "GW.PROXY.03": 500,
      "GW.PROXY.04": 500,
      "GW.PROXY.05": 500,
      "GW.QUOTA_LIMIT": 429,
      "GW.RATE_LIMIT": 429,
      "GW.TIMEOUT.01": 504,
      "GW.TIMEOUT.02": 504,
    }
  `)
})

test('an order 4000 body names the invalid input', () => {
  const error = NpayError.order('4000', {
    invalidInputs: [{ name: 'productOrderIds', type: 'Size', message: '크기가 1에서 300 사이여야 합니다' }],
  })
  expect(renderErrorBody(error, ctx)).toEqual({
    code: '4000',
    message: '잘못된 요청 파라미터',
    invalidInputs: [{ name: 'productOrderIds', type: 'Size', message: '크기가 1에서 300 사이여야 합니다' }],
    ...ctx,
  })
})

test('a settlement error always carries invalidInputs, even empty', () => {
  expect(renderErrorBody(NpayError.settlement('INTERNAL_SERVER_ERROR'), ctx)).toEqual({
    code: 'INTERNAL_SERVER_ERROR',
    message: '내부 서버 오류',
    invalidInputs: [],
    ...ctx,
  })
})

test('a wrong-state failure entry carries the live 9999 message', () => {
  expect(failInfo('2024051587654321', '9999')).toEqual({
    productOrderId: '2024051587654321',
    code: '9999',
    message: '주문상태 및 클레임상태를 확인하세요',
  })
})

test('trace ids have the gateway shape', () => {
  const next = createTraceIdGenerator('sbx-test')
  expect(next(1730711073284)).toBe('sbx-test^1730711073284^1')
  expect(next(1730711073285)).toMatch(/^sbx-test\^\d{13}\^2$/)
})
