/**
 * The error catalogue (facts §4.3, §5): every gateway and business code with its HTTP status and the
 * exact Korean message, and the renderers of the three real envelopes. Handlers throw `NpayError`s;
 * one renderer writes the body.
 */

/** Gateway (GNCP) errors, produced before a request reaches a service (facts §5.1). */
export const GATEWAY_ERRORS = {
  'GW.AUTHN': {
    status: 401,
    message: '요청을 보낼 권한이 없습니다.',
    meaning: 'OAuth authentication failed',
  },
  'GW.AUTHZ': {
    status: 403,
    message: '요청을 보낼 권한이 없습니다.',
    meaning: '[REC] API-group permission missing; the real message is unknown',
  },
  'GW.IP_NOT_ALLOWED': {
    status: 403,
    message: '호출이 허용되지 않은 IP입니다.',
    meaning: 'caller IP not allowed',
  },
  'GW.NOT_FOUND': {
    status: 404,
    message: '요청하신 리소스를 찾을 수 없습니다.',
    meaning: 'API not registered',
  },
  'GW.RATE_LIMIT': {
    status: 429,
    message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
    meaning: 'rate limit (token bucket) exceeded',
  },
  'GW.QUOTA_LIMIT': {
    status: 429,
    message: '할당된 시간당 요청량을 초과하였습니다.',
    meaning: 'hourly quota exceeded',
  },
  'GW.PROXY.01': {
    status: 500,
    message: '작업 중 오류가 발생하였습니다.',
    meaning: 'host information error',
  },
  'GW.PROXY.02': {
    status: 500,
    message: '작업 중 오류가 발생하였습니다.',
    meaning: 'port information error',
  },
  'GW.PROXY.03': {
    status: 500,
    message: '작업 중 오류가 발생하였습니다.',
    meaning: 'connection closed while waiting for response',
  },
  'GW.PROXY.04': {
    status: 500,
    message: '작업 중 오류가 발생하였습니다.',
    meaning: 'network connect wait timeout',
  },
  'GW.PROXY.05': {
    status: 500,
    message: '작업 중 오류가 발생하였습니다.',
    meaning: 'other service-server error',
  },
  'GW.INTERNAL_SERVER_ERROR': {
    status: 500,
    message: '작업 중 오류가 발생하였습니다.',
    meaning: 'gateway internal error',
  },
  'GW.BLOCK.01': {
    status: 503,
    message: '서비스를 일시적으로 사용할 수 없습니다.',
    meaning: 'circuit breaker open',
  },
  'GW.BLOCK.02': {
    status: 503,
    message: '서비스를 일시적으로 사용할 수 없습니다.',
    meaning: 'service under maintenance',
  },
  'GW.TIMEOUT.01': { status: 504, message: '요청 대기 시간이 초과되었습니다.', meaning: 'timeout' },
  'GW.TIMEOUT.02': { status: 504, message: '요청 대기 시간이 초과되었습니다.', meaning: 'timeout' },
} as const satisfies Record<string, CatalogueEntry>

/**
 * Order-service business errors (facts §5.2). `message` is the live message where one was observed,
 * otherwise the documented description.
 */
export const ORDER_ERRORS = {
  '4000': { status: 400, message: '잘못된 요청 파라미터', meaning: 'invalid request parameter' },
  '9999': {
    status: 400,
    message: '주문상태 및 클레임상태를 확인하세요',
    meaning: 'other error; wrong order or claim state',
  },
  '100001': { status: 400, message: '상품 주문을 찾을 수 없음', meaning: 'product order not found' },
  '100003': { status: 400, message: '주문을 찾을 수 없음', meaning: 'order not found' },
  '101009': {
    status: 400,
    message: '처리 권한이 없는 상품 주문 번호를 요청',
    meaning: "another merchant's product order",
  },
  '101010': {
    status: 400,
    message: '처리권한이 없는 주문번호를 요청했습니다',
    meaning: "another merchant's order",
  },
  '104105': { status: 400, message: '발송 기한 입력 범위 초과', meaning: 'dispatch due date out of range' },
  '104116': {
    status: 400,
    message: '배송 방법 변경 필요(배송 없음 주문)',
    meaning: 'delivery method must change',
  },
  '104117': { status: 400, message: '배송 방법 변경 필요', meaning: 'delivery method must change' },
  '104118': { status: 400, message: '택배사 미입력', meaning: 'delivery company missing' },
  '104119': { status: 400, message: '택배사코드 확인', meaning: 'invalid delivery company code' },
  '104120': { status: 400, message: '송장 번호 미입력', meaning: 'tracking number missing' },
  '104121': { status: 400, message: '배송 송장 오류(기사용 송장)', meaning: 'tracking number already used' },
  '104122': { status: 400, message: '배송 송장 오류(비유효 송장)', meaning: 'invalid tracking number' },
  '104131': {
    status: 400,
    message: '상품 주문 번호 중복',
    meaning: 'duplicate productOrderId in the request',
  },
  '104133': { status: 400, message: '잘못된 요청', meaning: 'bad request' },
  '104138': { status: 400, message: '배송 희망일 변경 실패', meaning: 'hope-delivery change failed' },
  '104139': {
    status: 400,
    message: '조회 가능한 날짜 범위를 초과',
    meaning: 'date range exceeds the allowed range',
  },
  '104417': {
    status: 400,
    message: '교환 상태 확인 필요(재배송 처리 불가능 주문 상태)',
    meaning: 'exchange re-dispatch not allowed in this state',
  },
  '104441': {
    status: 400,
    message: '희망일배송 상품 또는 N희망일배송 상품이 아님',
    meaning: 'not a hope-delivery product order (Commerce API)',
  },
  '104442': {
    status: 400,
    message: '상품 주문 상태 확인 필요',
    meaning: 'hope delivery: product order state does not allow the change',
  },
  '104443': {
    status: 400,
    message: '발주 상태 확인 필요',
    meaning: 'hope delivery: check the place-order state',
  },
  '104444': {
    status: 400,
    message: '배송 희망일 날짜가 유효하지 않음',
    meaning: 'hope delivery: invalid hope day',
  },
  '104445': {
    status: 400,
    message: '배송 희망일 변경 가능 날짜 초과',
    meaning: 'hope delivery: hope day beyond the allowed range',
  },
  '104446': {
    status: 400,
    message: '기존과 동일한 희망일 배송일시',
    meaning: 'hope delivery: same day and time as before',
  },
  '104449': {
    status: 400,
    message: '배송 희망일 변경 가능 기간 아님',
    meaning: 'hope delivery: not within the period a change is possible',
  },
  '104450': {
    status: 400,
    message: 'N희망일배송 상품은 배송희망시간, 지역 입력 불가',
    meaning: 'hope delivery: N희망일배송 takes neither time nor region',
  },
  '105306': {
    status: 400,
    message: '변경을 요청한 상태가 기존과 동일',
    meaning: 'requested state equals current',
  },
} as const satisfies Record<string, CatalogueEntry>

/** Settlement-service errors (facts §4.3). */
export const SETTLEMENT_ERRORS = {
  BAD_REQUEST: { status: 400, message: '잘못된 요청', meaning: 'invalid request' },
  INTERNAL_SERVER_ERROR: { status: 500, message: '내부 서버 오류', meaning: 'internal error' },
} as const satisfies Record<string, CatalogueEntry>

/** [REC] Token endpoint errors: the real codes are not public (facts §3.6, Q1). */
export const TOKEN_ERRORS = {
  BAD_REQUEST: { status: 400, message: '잘못된 요청', meaning: '[REC] invalid token request' },
} as const satisfies Record<string, CatalogueEntry>

export interface CatalogueEntry {
  status: number
  message: string
  meaning: string
}
export type GatewayErrorCode = keyof typeof GATEWAY_ERRORS
export type OrderErrorCode = keyof typeof ORDER_ERRORS
export type SettlementErrorCode = keyof typeof SETTLEMENT_ERRORS

/** One entry of `invalidInputs`. */
export interface InvalidInput {
  name: string
  type: string
  message: string
}

/** Which envelope an error is written in. */
export type ErrorFamily = 'gateway' | 'order' | 'settlement' | 'token'

/**
 * An error the API answers with. Throw it anywhere below a route; the renderer writes the envelope.
 * @example throw NpayError.order('4000', { invalidInputs: [{ name: 'productOrderIds', type: 'Size', message: '...' }] })
 */
export class NpayError extends Error {
  readonly family: ErrorFamily
  readonly status: number
  readonly code: string
  readonly invalidInputs: InvalidInput[] | undefined
  /** Emulator-only explanation; sent in a header and the journal, never in the body. */
  readonly diagnostic: string | undefined

  constructor(init: {
    family: ErrorFamily
    status: number
    code: string
    message: string
    invalidInputs?: InvalidInput[] | undefined
    diagnostic?: string | undefined
  }) {
    super(init.message)
    this.name = 'NpayError'
    this.family = init.family
    this.status = init.status
    this.code = init.code
    this.invalidInputs = init.invalidInputs
    this.diagnostic = init.diagnostic
  }

  /** A gateway error with its catalogue status and message. */
  static gateway(code: GatewayErrorCode, diagnostic?: string): NpayError {
    const e = GATEWAY_ERRORS[code]
    return new NpayError({ family: 'gateway', status: e.status, code, message: e.message, diagnostic })
  }

  /** An order-service error; `message` overrides the catalogue text (e.g. to name a field). */
  static order(
    code: OrderErrorCode,
    opts: { message?: string; invalidInputs?: InvalidInput[]; diagnostic?: string } = {},
  ): NpayError {
    const e = ORDER_ERRORS[code]
    return new NpayError({
      family: 'order',
      status: e.status,
      code,
      message: opts.message ?? e.message,
      invalidInputs: opts.invalidInputs,
      diagnostic: opts.diagnostic,
    })
  }

  /** A settlement-service error; `invalidInputs` is always present in its body. */
  static settlement(code: SettlementErrorCode, invalidInputs: InvalidInput[] = []): NpayError {
    const e = SETTLEMENT_ERRORS[code]
    return new NpayError({ family: 'settlement', status: e.status, code, message: e.message, invalidInputs })
  }

  /** [REC] A token-endpoint error naming the offending parameter. */
  static token(invalidInputs: InvalidInput[], diagnostic: string): NpayError {
    const e = TOKEN_ERRORS.BAD_REQUEST
    return new NpayError({
      family: 'token',
      status: e.status,
      code: 'BAD_REQUEST',
      message: e.message,
      invalidInputs,
      diagnostic,
    })
  }
}

/**
 * Writes the real body of an error: gateway `{code, message, timestamp, traceId}`; order and token
 * `{code, message, timestamp, traceId, invalidInputs?}`; settlement always with `invalidInputs`.
 * @example renderErrorBody(NpayError.gateway('GW.AUTHN'), { timestamp, traceId })
 */
export function renderErrorBody(
  error: NpayError,
  ctx: { timestamp: string; traceId: string },
): Record<string, unknown> {
  const body: Record<string, unknown> = { code: error.code, message: error.message }
  if (error.family === 'settlement') body.invalidInputs = error.invalidInputs ?? []
  else if (error.family !== 'gateway' && error.invalidInputs?.length) body.invalidInputs = error.invalidInputs
  body.timestamp = ctx.timestamp
  body.traceId = ctx.traceId
  return body
}

/**
 * The `{productOrderId, code, message}` entry of `failProductOrderInfos` for a business code.
 * @example failInfo('2024051587654321', '9999') // { productOrderId, code: '9999', message: '주문상태 및 클레임상태를 확인하세요' }
 */
export function failInfo(
  productOrderId: string,
  code: OrderErrorCode,
  message?: string,
): { productOrderId: string; code: string; message: string } {
  return { productOrderId, code, message: message ?? ORDER_ERRORS[code].message }
}
