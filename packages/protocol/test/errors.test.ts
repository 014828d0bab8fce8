import { expect, test } from 'vitest'
import {
  createTraceIdGenerator,
  failInfo,
  GATEWAY_ERRORS,
  NpayError,
  ORDER_ERRORS,
  renderErrorBody,
} from '../src/index.ts'

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

/** The 오류 코드 정의 table of the docs (facts §5.2), as printed there. */
const DOCUMENTED = {
  '4000': '잘못된 요청 파라미터',
  '100001': '상품 주문을 찾을 수 없음',
  '100003': '주문을 찾을 수 없음',
  '101009': '처리 권한이 없는 상품 주문 번호를 요청',
  '104105': '발송 기한 입력 범위 초과',
  '104116': '배송 방법 변경 필요(배송 없음 주문)',
  '104117': '배송 방법 변경 필요',
  '104118': '택배사 미입력',
  '104120': '송장 번호 미입력',
  '104121': '배송 송장 오류(기사용 송장)',
  '104122': '배송 송장 오류(비유효 송장)',
  '104131': '상품 주문 번호 중복',
  '104133': '잘못된 요청',
  '104138': '배송 희망일 변경 실패',
  '104139': '조회 가능한 날짜 범위를 초과',
  '104417': '교환 상태 확인 필요(재배송 처리 불가능 주문 상태)',
  '104441': '희망일배송 상품 또는 N희망일배송 상품이 아님',
  '104442': '상품 주문 상태 확인 필요',
  '104443': '발주 상태 확인 필요',
  '104444': '배송 희망일 날짜가 유효하지 않음',
  '104445': '배송 희망일 변경 가능 날짜 초과',
  '104446': '기존과 동일한 희망일 배송일시',
  '104449': '배송 희망일 변경 가능 기간 아님',
  '104450': 'N희망일배송 상품은 배송희망시간, 지역 입력 불가',
  '105306': '변경을 요청한 상태가 기존과 동일',
}
/** Where a live message was observed, it wins over the docs' description (facts §5.2 "observed"). */
const OBSERVED = {
  '9999': '주문상태 및 클레임상태를 확인하세요',
  '101010': '처리권한이 없는 주문번호를 요청했습니다',
  '104119': '택배사코드 확인',
}

test('every order-service message is the documented description, or the live one where one was seen', () => {
  const messages = Object.fromEntries(Object.entries(ORDER_ERRORS).map(([code, e]) => [code, e.message]))
  expect(messages).toEqual({ ...DOCUMENTED, ...OBSERVED })
})
