/**
 * The error catalogue (facts §4.3, §5): every gateway and business code with its HTTP status and the
 * exact Korean message, and the renderers of the three real envelopes. Handlers throw `NpayError`s;
 * one renderer writes the body.
 */
/** Gateway (GNCP) errors, produced before a request reaches a service (facts §5.1). */
export declare const GATEWAY_ERRORS: {
  readonly 'GW.AUTHN': {
    readonly status: 401
    readonly message: '요청을 보낼 권한이 없습니다.'
    readonly meaning: 'OAuth authentication failed'
  }
  readonly 'GW.AUTHZ': {
    readonly status: 403
    readonly message: '요청을 보낼 권한이 없습니다.'
    readonly meaning: '[REC] API-group permission missing; the real message is unknown'
  }
  readonly 'GW.IP_NOT_ALLOWED': {
    readonly status: 403
    readonly message: '호출이 허용되지 않은 IP입니다.'
    readonly meaning: 'caller IP not allowed'
  }
  readonly 'GW.NOT_FOUND': {
    readonly status: 404
    readonly message: '요청하신 리소스를 찾을 수 없습니다.'
    readonly meaning: 'API not registered'
  }
  readonly 'GW.RATE_LIMIT': {
    readonly status: 429
    readonly message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.'
    readonly meaning: 'rate limit (token bucket) exceeded'
  }
  readonly 'GW.QUOTA_LIMIT': {
    readonly status: 429
    readonly message: '할당된 시간당 요청량을 초과하였습니다.'
    readonly meaning: 'hourly quota exceeded'
  }
  readonly 'GW.PROXY.01': {
    readonly status: 500
    readonly message: '작업 중 오류가 발생하였습니다.'
    readonly meaning: 'host information error'
  }
  readonly 'GW.PROXY.02': {
    readonly status: 500
    readonly message: '작업 중 오류가 발생하였습니다.'
    readonly meaning: 'port information error'
  }
  readonly 'GW.PROXY.03': {
    readonly status: 500
    readonly message: '작업 중 오류가 발생하였습니다.'
    readonly meaning: 'connection closed while waiting for response'
  }
  readonly 'GW.PROXY.04': {
    readonly status: 500
    readonly message: '작업 중 오류가 발생하였습니다.'
    readonly meaning: 'network connect wait timeout'
  }
  readonly 'GW.PROXY.05': {
    readonly status: 500
    readonly message: '작업 중 오류가 발생하였습니다.'
    readonly meaning: 'other service-server error'
  }
  readonly 'GW.INTERNAL_SERVER_ERROR': {
    readonly status: 500
    readonly message: '작업 중 오류가 발생하였습니다.'
    readonly meaning: 'gateway internal error'
  }
  readonly 'GW.BLOCK.01': {
    readonly status: 503
    readonly message: '서비스를 일시적으로 사용할 수 없습니다.'
    readonly meaning: 'circuit breaker open'
  }
  readonly 'GW.BLOCK.02': {
    readonly status: 503
    readonly message: '서비스를 일시적으로 사용할 수 없습니다.'
    readonly meaning: 'service under maintenance'
  }
  readonly 'GW.TIMEOUT.01': {
    readonly status: 504
    readonly message: '요청 대기 시간이 초과되었습니다.'
    readonly meaning: 'timeout'
  }
  readonly 'GW.TIMEOUT.02': {
    readonly status: 504
    readonly message: '요청 대기 시간이 초과되었습니다.'
    readonly meaning: 'timeout'
  }
}
/**
 * Order-service business errors (facts §5.2). `message` is the live message where one was observed,
 * otherwise the documented description.
 */
export declare const ORDER_ERRORS: {
  readonly '4000': {
    readonly status: 400
    readonly message: '잘못된 요청 파라미터'
    readonly meaning: 'invalid request parameter'
  }
  readonly '9999': {
    readonly status: 400
    readonly message: '주문상태 및 클레임상태를 확인하세요'
    readonly meaning: 'other error; wrong order or claim state'
  }
  readonly '100001': {
    readonly status: 400
    readonly message: '상품 주문을 찾을 수 없음'
    readonly meaning: 'product order not found'
  }
  readonly '100003': {
    readonly status: 400
    readonly message: '주문을 찾을 수 없음'
    readonly meaning: 'order not found'
  }
  readonly '101009': {
    readonly status: 400
    readonly message: '처리 권한이 없는 상품 주문 번호를 요청'
    readonly meaning: "another merchant's product order"
  }
  readonly '101010': {
    readonly status: 400
    readonly message: '처리권한이 없는 주문번호를 요청했습니다'
    readonly meaning: "another merchant's order"
  }
  readonly '104105': {
    readonly status: 400
    readonly message: '발송 기한 입력 범위 초과'
    readonly meaning: 'dispatch due date out of range'
  }
  readonly '104116': {
    readonly status: 400
    readonly message: '배송 방법 변경 필요 (배송 없음 주문)'
    readonly meaning: 'delivery method must change'
  }
  readonly '104117': {
    readonly status: 400
    readonly message: '배송 방법 변경 필요'
    readonly meaning: 'delivery method must change'
  }
  readonly '104118': {
    readonly status: 400
    readonly message: '택배사 미입력'
    readonly meaning: 'delivery company missing'
  }
  readonly '104119': {
    readonly status: 400
    readonly message: '택배사코드 확인'
    readonly meaning: 'invalid delivery company code'
  }
  readonly '104120': {
    readonly status: 400
    readonly message: '송장 번호 미입력'
    readonly meaning: 'tracking number missing'
  }
  readonly '104121': {
    readonly status: 400
    readonly message: '배송 송장 오류 (기사용 송장)'
    readonly meaning: 'tracking number already used'
  }
  readonly '104122': {
    readonly status: 400
    readonly message: '배송 송장 오류 (비유효 송장)'
    readonly meaning: 'invalid tracking number'
  }
  readonly '104131': {
    readonly status: 400
    readonly message: '상품 주문 번호 중복'
    readonly meaning: 'duplicate productOrderId in the request'
  }
  readonly '104133': {
    readonly status: 400
    readonly message: '잘못된 요청'
    readonly meaning: 'bad request'
  }
  readonly '104139': {
    readonly status: 400
    readonly message: '조회 가능한 날짜 범위를 초과'
    readonly meaning: 'date range exceeds the allowed range'
  }
  readonly '104417': {
    readonly status: 400
    readonly message: '교환 상태 확인 필요(재배송 처리 불가능 주문 상태)'
    readonly meaning: 'exchange re-dispatch not allowed in this state'
  }
  readonly '105306': {
    readonly status: 400
    readonly message: '변경을 요청한 상태가 기존과 동일'
    readonly meaning: 'requested state equals current'
  }
}
/** Settlement-service errors (facts §4.3). */
export declare const SETTLEMENT_ERRORS: {
  readonly BAD_REQUEST: {
    readonly status: 400
    readonly message: '잘못된 요청'
    readonly meaning: 'invalid request'
  }
  readonly INTERNAL_SERVER_ERROR: {
    readonly status: 500
    readonly message: '내부 서버 오류'
    readonly meaning: 'internal error'
  }
}
/** [REC] Token endpoint errors: the real codes are not public (facts §3.6, Q1). */
export declare const TOKEN_ERRORS: {
  readonly BAD_REQUEST: {
    readonly status: 400
    readonly message: '잘못된 요청'
    readonly meaning: '[REC] invalid token request'
  }
}
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
export declare class NpayError extends Error {
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
  })
  /** A gateway error with its catalogue status and message. */
  static gateway(code: GatewayErrorCode, diagnostic?: string): NpayError
  /** An order-service error; `message` overrides the catalogue text (e.g. to name a field). */
  static order(
    code: OrderErrorCode,
    opts?: {
      message?: string
      invalidInputs?: InvalidInput[]
      diagnostic?: string
    },
  ): NpayError
  /** A settlement-service error; `invalidInputs` is always present in its body. */
  static settlement(code: SettlementErrorCode, invalidInputs?: InvalidInput[]): NpayError
  /** [REC] A token-endpoint error naming the offending parameter. */
  static token(invalidInputs: InvalidInput[], diagnostic: string): NpayError
}
/**
 * Writes the real body of an error: gateway `{code, message, timestamp, traceId}`; order and token
 * `{code, message, timestamp, traceId, invalidInputs?}`; settlement always with `invalidInputs`.
 * @example renderErrorBody(NpayError.gateway('GW.AUTHN'), { timestamp, traceId })
 */
export declare function renderErrorBody(
  error: NpayError,
  ctx: {
    timestamp: string
    traceId: string
  },
): Record<string, unknown>
/**
 * The `{productOrderId, code, message}` entry of `failProductOrderInfos` for a business code.
 * @example failInfo('2024051587654321', '9999') // { productOrderId, code: '9999', message: '주문상태 및 클레임상태를 확인하세요' }
 */
export declare function failInfo(
  productOrderId: string,
  code: OrderErrorCode,
  message?: string,
): {
  productOrderId: string
  code: string
  message: string
}
