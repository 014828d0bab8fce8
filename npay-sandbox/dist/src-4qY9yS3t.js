import { timingSafeEqual } from 'node:crypto'
import bcrypt from 'bcryptjs'
import createClient from 'openapi-fetch'

//#region ../packages/protocol/src/constants.ts
/** Protocol numbers of the real API, each named once (facts §3.5, §7, §11, Appendix B). */
/** A fresh access token lives 3 hours. */
const TOKEN_LIFETIME_SECONDS = 10800
/** An existing token with at least this much life left is returned again instead of a new one. */
const TOKEN_REUSE_THRESHOLD_SECONDS = 1800
/** The signature timestamp is valid for 5 minutes. */
const SIGNATURE_TIMESTAMP_WINDOW_MS = 3e5
/** [REC] How far in the server's future a signature timestamp may lie (clock skew). */
const SIGNATURE_FUTURE_TOLERANCE_MS = 5e3
/** `last-changed-statuses` and the conditional query: the window is at most 24 hours. */
const MAX_QUERY_WINDOW_MS = 24 * 36e5
/** Settlement `pageSize` maximum. */
const MAX_SETTLEMENT_PAGE_SIZE = 1e3
//#endregion
//#region ../packages/protocol/src/errors.ts
/**
 * The error catalogue (facts §4.3, §5): every gateway and business code with its HTTP status and the
 * exact Korean message, and the renderers of the three real envelopes. Handlers throw `NpayError`s;
 * one renderer writes the body.
 */
/** Gateway (GNCP) errors, produced before a request reaches a service (facts §5.1). */
const GATEWAY_ERRORS = {
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
  'GW.TIMEOUT.01': {
    status: 504,
    message: '요청 대기 시간이 초과되었습니다.',
    meaning: 'timeout',
  },
  'GW.TIMEOUT.02': {
    status: 504,
    message: '요청 대기 시간이 초과되었습니다.',
    meaning: 'timeout',
  },
}
/**
 * Order-service business errors (facts §5.2). `message` is the live message where one was observed,
 * otherwise the documented description.
 */
const ORDER_ERRORS = {
  4000: {
    status: 400,
    message: '잘못된 요청 파라미터',
    meaning: 'invalid request parameter',
  },
  9999: {
    status: 400,
    message: '주문상태 및 클레임상태를 확인하세요',
    meaning: 'other error; wrong order or claim state',
  },
  100001: {
    status: 400,
    message: '상품 주문을 찾을 수 없음',
    meaning: 'product order not found',
  },
  100003: {
    status: 400,
    message: '주문을 찾을 수 없음',
    meaning: 'order not found',
  },
  101009: {
    status: 400,
    message: '처리 권한이 없는 상품 주문 번호를 요청',
    meaning: "another merchant's product order",
  },
  101010: {
    status: 400,
    message: '처리권한이 없는 주문번호를 요청했습니다',
    meaning: "another merchant's order",
  },
  104105: {
    status: 400,
    message: '발송 기한 입력 범위 초과',
    meaning: 'dispatch due date out of range',
  },
  104116: {
    status: 400,
    message: '배송 방법 변경 필요 (배송 없음 주문)',
    meaning: 'delivery method must change',
  },
  104117: {
    status: 400,
    message: '배송 방법 변경 필요',
    meaning: 'delivery method must change',
  },
  104118: {
    status: 400,
    message: '택배사 미입력',
    meaning: 'delivery company missing',
  },
  104119: {
    status: 400,
    message: '택배사코드 확인',
    meaning: 'invalid delivery company code',
  },
  104120: {
    status: 400,
    message: '송장 번호 미입력',
    meaning: 'tracking number missing',
  },
  104121: {
    status: 400,
    message: '배송 송장 오류 (기사용 송장)',
    meaning: 'tracking number already used',
  },
  104122: {
    status: 400,
    message: '배송 송장 오류 (비유효 송장)',
    meaning: 'invalid tracking number',
  },
  104131: {
    status: 400,
    message: '상품 주문 번호 중복',
    meaning: 'duplicate productOrderId in the request',
  },
  104133: {
    status: 400,
    message: '잘못된 요청',
    meaning: 'bad request',
  },
  104139: {
    status: 400,
    message: '조회 가능한 날짜 범위를 초과',
    meaning: 'date range exceeds the allowed range',
  },
  104417: {
    status: 400,
    message: '교환 상태 확인 필요(재배송 처리 불가능 주문 상태)',
    meaning: 'exchange re-dispatch not allowed in this state',
  },
  105306: {
    status: 400,
    message: '변경을 요청한 상태가 기존과 동일',
    meaning: 'requested state equals current',
  },
}
/** Settlement-service errors (facts §4.3). */
const SETTLEMENT_ERRORS = {
  BAD_REQUEST: {
    status: 400,
    message: '잘못된 요청',
    meaning: 'invalid request',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    message: '내부 서버 오류',
    meaning: 'internal error',
  },
}
/** [REC] Token endpoint errors: the real codes are not public (facts §3.6, Q1). */
const TOKEN_ERRORS = {
  BAD_REQUEST: {
    status: 400,
    message: '잘못된 요청',
    meaning: '[REC] invalid token request',
  },
}
/**
 * An error the API answers with. Throw it anywhere below a route; the renderer writes the envelope.
 * @example throw NpayError.order('4000', { invalidInputs: [{ name: 'productOrderIds', type: 'Size', message: '...' }] })
 */
var NpayError = class NpayError extends Error {
  family
  status
  code
  invalidInputs
  /** Emulator-only explanation; sent in a header and the journal, never in the body. */
  diagnostic
  constructor(init) {
    super(init.message)
    this.name = 'NpayError'
    this.family = init.family
    this.status = init.status
    this.code = init.code
    this.invalidInputs = init.invalidInputs
    this.diagnostic = init.diagnostic
  }
  /** A gateway error with its catalogue status and message. */
  static gateway(code, diagnostic) {
    const e = GATEWAY_ERRORS[code]
    return new NpayError({
      family: 'gateway',
      status: e.status,
      code,
      message: e.message,
      diagnostic,
    })
  }
  /** An order-service error; `message` overrides the catalogue text (e.g. to name a field). */
  static order(code, opts = {}) {
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
  static settlement(code, invalidInputs = []) {
    const e = SETTLEMENT_ERRORS[code]
    return new NpayError({
      family: 'settlement',
      status: e.status,
      code,
      message: e.message,
      invalidInputs,
    })
  }
  /** [REC] A token-endpoint error naming the offending parameter. */
  static token(invalidInputs, diagnostic) {
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
function renderErrorBody(error, ctx) {
  const body = {
    code: error.code,
    message: error.message,
  }
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
function failInfo(productOrderId, code, message) {
  return {
    productOrderId,
    code,
    message: message ?? ORDER_ERRORS[code].message,
  }
}
//#endregion
//#region ../packages/protocol/src/hosts.ts
/** The real hosts (facts §2) and header names (§4.4). */
/** The real sandbox base URL. */
const SANDBOX_BASE_URL = 'https://sandbox-api.pay.naver.com/npay/partner'
/** The real production base URL. */
const PRODUCTION_BASE_URL = 'https://api.pay.naver.com/npay/partner'
/** The path every API URL starts with, on the real hosts and on the emulator. */
const BASE_PATH = '/npay/partner'
/** The token endpoint, relative to the base URL. */
const TOKEN_PATH = '/v1/oauth2/token'
/** Response header carrying the gateway trace id on every response. */
const TRACE_HEADER = 'GNCP-GW-Trace-ID'
/** Emulator-only response header explaining why a token request failed. */
const DIAGNOSTIC_HEADER = 'X-Npay-Sandbox-Diagnostic'
/** Rate-limit response headers of the gateway (facts §6). */
const RATE_LIMIT_HEADERS = {
  replenishRate: 'GNCP-GW-RateLimit-Replenish-Rate',
  burstCapacity: 'GNCP-GW-RateLimit-Burst-Capacity',
  remaining: 'GNCP-GW-RateLimit-Remaining',
}
//#endregion
//#region ../packages/protocol/src/kst.ts
/** KST date-time handling (facts §4.5): output always `yyyy-MM-ddTHH:mm:ss.SSS+09:00`. */
const KST_OFFSET_MS = 9 * 36e5
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const pad = (n, width = 2) => String(n).padStart(width, '0')
/**
 * Formats an instant as the API prints it: KST, three fraction digits, `+09:00`.
 * @example formatKst(0) // '1970-01-01T09:00:00.000+09:00'
 */
function formatKst(epochMs) {
  const d = new Date(epochMs + KST_OFFSET_MS)
  return [
    formatUtcParts(d),
    'T',
    pad(d.getUTCHours()),
    ':',
    pad(d.getUTCMinutes()),
    ':',
    pad(d.getUTCSeconds()),
    '.',
    pad(d.getUTCMilliseconds(), 3),
    '+09:00',
  ].join('')
}
/**
 * Formats the KST calendar date of an instant.
 * @example formatKstDate(Date.UTC(2024, 0, 1, 15)) // '2024-01-02'
 */
function formatKstDate(epochMs) {
  return formatUtcParts(new Date(epochMs + KST_OFFSET_MS))
}
function formatUtcParts(d) {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
/**
 * Parses a request date-time: an offset is required, 1–3 fraction digits are accepted
 * (`requireMillis` refuses a missing fraction). Returns epoch milliseconds or the problem.
 * @example parseDateTime('2024-05-15T10:00:00.000+09:00') // { ok: true, epochMs: 1715734800000 }
 */
function parseDateTime(text, options = {}) {
  const m = DATE_TIME_RE.exec(text)
  if (!m)
    return {
      ok: false,
      problem: 'format',
    }
  const [, y, mo, d, h, mi, s, frac, offset] = m
  if (frac === void 0 && options.requireMillis !== false)
    return {
      ok: false,
      problem: 'millis',
    }
  if (frac !== void 0 && frac.length > 3)
    return {
      ok: false,
      problem: 'millis',
    }
  const ms = frac === void 0 ? 0 : Number(frac.padEnd(3, '0'))
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms)
  const check = new Date(local)
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23)
    return {
      ok: false,
      problem: 'range',
    }
  return {
    ok: true,
    epochMs: local - offsetMillis(offset),
  }
}
function offsetMillis(offset) {
  if (offset === 'Z') return 0
  return (
    (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 36e5 + Number(offset.slice(4, 6)) * 6e4)
  )
}
/**
 * Parses a `yyyy-MM-dd` date as the instant of KST midnight that starts it, or undefined.
 * @example parseKstDate('2024-01-02') // Date.UTC(2024, 0, 1, 15)
 */
function parseKstDate(text) {
  const m = DATE_RE.exec(text)
  if (!m) return void 0
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const utc = Date.UTC(y, mo - 1, d)
  const check = new Date(utc)
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return void 0
  return utc - KST_OFFSET_MS
}
/**
 * The instant of KST midnight starting the day that contains `epochMs`.
 * @example kstDayStart(Date.UTC(2024, 0, 1, 16)) === Date.UTC(2024, 0, 1, 15)
 */
function kstDayStart(epochMs) {
  const shifted = epochMs + KST_OFFSET_MS
  return shifted - (((shifted % 864e5) + 864e5) % 864e5) - KST_OFFSET_MS
}
/**
 * `yyyyMMdd` of the KST day of an instant, the prefix of order ids.
 * @example kstCompactDate(0) // '19700101'
 */
function kstCompactDate(epochMs) {
  return formatKstDate(epochMs).replaceAll('-', '')
}
//#endregion
//#region ../packages/protocol/src/signature.ts
/**
 * The `client_secret_sign` of the token request (facts §3.3):
 * Base64(bcrypt(client_id + "_" + timestamp, salt = client_secret)).
 */
const BCRYPT_SALT_RE = /^\$2[abxy]\$(\d{2})\$[./A-Za-z0-9]{22}$/
const BCRYPT_HASH_RE = /^\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}$/
const BASE64_RE = /^[A-Za-z0-9+/\-_]+={0,2}$/
/**
 * Whether a secret is a complete bcrypt salt (`$2a$` + 2-digit cost + `$` + 22 characters).
 * @example isBcryptSalt('$2a$04$abcdefghijklmnopqrstuu') // true
 */
function isBcryptSalt(secret) {
  const m = BCRYPT_SALT_RE.exec(secret)
  if (!m) return false
  const cost = Number(m[1])
  return cost >= 4 && cost <= 31
}
/**
 * Computes `client_secret_sign` exactly as the official samples do.
 * @example signClientSecret('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', '1643961623299')
 * // 'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy'
 */
function signClientSecret(clientId, clientSecret, timestamp) {
  if (!isBcryptSalt(clientSecret))
    throw new Error('client secret is not a bcrypt salt ($2a$NN$ + 22 characters)')
  const hashed = bcrypt.hashSync(`${clientId}_${timestamp}`, clientSecret)
  return Buffer.from(hashed, 'utf8').toString('base64')
}
/**
 * Decodes a submitted sign leniently: standard or URL-safe Base64, padded or not.
 * Returns the bcrypt string inside, or undefined when it is not Base64 of a bcrypt hash.
 * @example decodeSign('JDJhJDA0JGFi...') // '$2a$04$ab...'
 */
function decodeSign(sign) {
  if (!BASE64_RE.test(sign)) return void 0
  const decoded = Buffer.from(sign.replaceAll('-', '+').replaceAll('_', '/'), 'base64').toString('utf8')
  return BCRYPT_HASH_RE.test(decoded) ? decoded : void 0
}
/**
 * Verifies a submitted sign by recomputing it with the registered secret (never by comparing prefixes:
 * bcrypt keeps only 4 bits of the salt's 22nd character). Constant-time comparison.
 * @example verifyClientSecretSign({ clientId, clientSecret, timestamp, sign }) // { ok: true }
 */
function verifyClientSecretSign(input) {
  if (!isBcryptSalt(input.clientSecret))
    return {
      ok: false,
      reason: 'secret-not-bcrypt-salt',
      detail:
        'registered secret is not a bcrypt salt: it must be $2a$ + 2-digit cost + $ + 22 characters of ./A-Za-z0-9',
    }
  const submitted = decodeSign(input.sign)
  if (submitted === void 0)
    return {
      ok: false,
      reason: 'sign-not-base64-bcrypt',
      detail:
        'client_secret_sign is not Base64 of a bcrypt hash: it must be Base64(bcrypt(client_id + "_" + timestamp, client_secret)), an 80-character string',
    }
  const expected = bcrypt.hashSync(`${input.clientId}_${input.timestamp}`, input.clientSecret)
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(submitted, 'utf8')
  if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true }
  return {
    ok: false,
    reason: 'mismatch',
    detail: `signature does not match: it must be bcrypt(client_id + '_' + timestamp) with the secret as salt, then Base64; the password signed here is "${input.clientId}_${input.timestamp}"`,
  }
}
//#endregion
//#region ../packages/protocol/src/trace.ts
/** Trace ids in the gateway's shape `{host}^{epochMillis}^{counter}` (facts §4.4). */
/**
 * Creates a generator of trace ids for one server.
 * @example const next = createTraceIdGenerator('sbx-7f3a'); next(Date.now()) // 'sbx-7f3a^1730711073284^1'
 */
function createTraceIdGenerator(host = 'sbx-npay-sandbox') {
  let counter = 0
  return (epochMs) => {
    counter += 1
    return `${host}^${epochMs}^${counter}`
  }
}
//#endregion
//#region ../packages/schema/src/generated/control-plane.operation-index.ts
const controlPlaneOperationIndex = [
  {
    operationId: 'listMerchants',
    method: 'GET',
    path: '/__sandbox/merchants',
    aliases: [],
  },
  {
    operationId: 'createMerchant',
    method: 'POST',
    path: '/__sandbox/merchants',
    aliases: [],
  },
  {
    operationId: 'getMerchant',
    method: 'GET',
    path: '/__sandbox/merchants/{clientId}',
    aliases: [],
  },
  {
    operationId: 'issueMerchantToken',
    method: 'POST',
    path: '/__sandbox/merchants/{clientId}/token',
    aliases: [],
  },
  {
    operationId: 'createOrder',
    method: 'POST',
    path: '/__sandbox/orders',
    aliases: [],
  },
  {
    operationId: 'listProductOrders',
    method: 'GET',
    path: '/__sandbox/product-orders',
    aliases: [],
  },
  {
    operationId: 'inspectProductOrder',
    method: 'GET',
    path: '/__sandbox/product-orders/{productOrderId}',
    aliases: [],
  },
  {
    operationId: 'applyEvent',
    method: 'POST',
    path: '/__sandbox/product-orders/{productOrderId}/events/{event}',
    aliases: [],
  },
  {
    operationId: 'writeReview',
    method: 'POST',
    path: '/__sandbox/product-orders/{productOrderId}/reviews',
    aliases: [],
  },
  {
    operationId: 'getClock',
    method: 'GET',
    path: '/__sandbox/clock',
    aliases: [],
  },
  {
    operationId: 'advanceClock',
    method: 'POST',
    path: '/__sandbox/clock/advance',
    aliases: [],
  },
  {
    operationId: 'listRequests',
    method: 'GET',
    path: '/__sandbox/requests',
    aliases: [],
  },
  {
    operationId: 'getRequest',
    method: 'GET',
    path: '/__sandbox/requests/{id}',
    aliases: [],
  },
  {
    operationId: 'getFaults',
    method: 'GET',
    path: '/__sandbox/faults',
    aliases: [],
  },
  {
    operationId: 'putFaults',
    method: 'PUT',
    path: '/__sandbox/faults',
    aliases: [],
  },
  {
    operationId: 'deleteFaults',
    method: 'DELETE',
    path: '/__sandbox/faults',
    aliases: [],
  },
  {
    operationId: 'getLint',
    method: 'GET',
    path: '/__sandbox/lint',
    aliases: [],
  },
  {
    operationId: 'getStateMachine',
    method: 'GET',
    path: '/__sandbox/state-machine',
    aliases: [],
  },
  {
    operationId: 'listScenarios',
    method: 'GET',
    path: '/__sandbox/scenarios',
    aliases: [],
  },
  {
    operationId: 'applyScenario',
    method: 'POST',
    path: '/__sandbox/scenarios/{name}',
    aliases: [],
  },
  {
    operationId: 'getCoverage',
    method: 'GET',
    path: '/__sandbox/coverage',
    aliases: [],
  },
  {
    operationId: 'listScenarioExamples',
    method: 'GET',
    path: '/__sandbox/scenario-examples',
    aliases: [],
  },
  {
    operationId: 'runScenarioFile',
    method: 'POST',
    path: '/__sandbox/scenario-runs',
    aliases: [],
  },
  {
    operationId: 'reset',
    method: 'POST',
    path: '/__sandbox/reset',
    aliases: [],
  },
  {
    operationId: 'health',
    method: 'GET',
    path: '/__sandbox/health',
    aliases: [],
  },
  {
    operationId: 'exportState',
    method: 'GET',
    path: '/__sandbox/state',
    aliases: [],
  },
  {
    operationId: 'importState',
    method: 'PUT',
    path: '/__sandbox/state',
    aliases: [],
  },
]
//#endregion
//#region ../packages/schema/src/generated/operation-index.ts
const operationIndex = [
  {
    operationId: 'issueToken',
    method: 'POST',
    path: '/v1/oauth2/token',
    aliases: [],
  },
  {
    operationId: 'getLastChangedStatuses',
    method: 'GET',
    path: '/v1/pay-order/mall/product-orders/last-changed-statuses',
    aliases: [],
  },
  {
    operationId: 'queryProductOrders',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/query',
    aliases: [],
  },
  {
    operationId: 'getProductOrderIds',
    method: 'GET',
    path: '/v1/pay-order/mall/orders/{orderId}/product-order-ids',
    aliases: [],
  },
  {
    operationId: 'searchProductOrders',
    method: 'GET',
    path: '/v1/pay-order/mall/product-orders',
    aliases: [],
  },
  {
    operationId: 'confirmProductOrders',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/confirm',
    aliases: [],
  },
  {
    operationId: 'delayDispatch',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/delay',
    aliases: [],
  },
  {
    operationId: 'dispatchProductOrders',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/dispatch',
    aliases: [],
  },
  {
    operationId: 'requestCancel',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/request',
    aliases: [],
  },
  {
    operationId: 'approveCancel',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/approve',
    aliases: [],
  },
  {
    operationId: 'requestReturn',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/request',
    aliases: [],
  },
  {
    operationId: 'approveReturn',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/approve',
    aliases: [],
  },
  {
    operationId: 'rejectReturn',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/reject',
    aliases: [],
  },
  {
    operationId: 'holdbackReturn',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback',
    aliases: [],
  },
  {
    operationId: 'releaseReturnHoldback',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback/release',
    aliases: [],
  },
  {
    operationId: 'completeExchangeCollect',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/complete',
    aliases: ['/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/approve'],
  },
  {
    operationId: 'redeliverExchange',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/dispatch',
    aliases: [],
  },
  {
    operationId: 'rejectExchange',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/reject',
    aliases: [],
  },
  {
    operationId: 'holdbackExchange',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback',
    aliases: [],
  },
  {
    operationId: 'releaseExchangeHoldback',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback/release',
    aliases: [],
  },
  {
    operationId: 'getReviews',
    method: 'GET',
    path: '/v1/pay-order/mall/reviews',
    aliases: [],
  },
  {
    operationId: 'getSettleCases',
    method: 'GET',
    path: '/v1/pay-settle-mall/settle/case',
    aliases: [],
  },
  {
    operationId: 'getSettleDaily',
    method: 'GET',
    path: '/v1/pay-settle-mall/settle/daily',
    aliases: [],
  },
  {
    operationId: 'getCommissionDetails',
    method: 'GET',
    path: '/v1/pay-settle-mall/settle/commission-details',
    aliases: [],
  },
  {
    operationId: 'getVatCases',
    method: 'GET',
    path: '/v1/pay-settle-mall/vat/case',
    aliases: [],
  },
  {
    operationId: 'getVatDaily',
    method: 'GET',
    path: '/v1/pay-settle-mall/vat/daily',
    aliases: [],
  },
]
//#endregion
//#region ../packages/client/src/errors.ts
/**
 * An error response of the Naver Pay API (or of the emulator standing in for it). `message` is the
 * body's message, Korean and exact; `family` says which envelope it came in.
 */
var NpayApiError = class extends Error {
  family
  status
  code
  traceId
  timestamp
  invalidInputs
  /** Emulator-only explanation from the `X-Npay-Sandbox-Diagnostic` header. */
  diagnostic
  body
  constructor(init) {
    super(init.message)
    this.name = 'NpayApiError'
    this.family = init.family
    this.status = init.status
    this.code = init.code
    this.traceId = init.traceId
    this.timestamp = init.timestamp
    this.invalidInputs = init.invalidInputs
    this.diagnostic = init.diagnostic
    this.body = init.body
  }
}
/** A gateway (GNCP) error, code `GW.*`: authentication, permission, rate limit, routing, timeouts. */
var NpayGatewayError = class extends NpayApiError {
  constructor(init) {
    super({
      ...init,
      family: 'gateway',
    })
    this.name = 'NpayGatewayError'
  }
}
/** An order-service error (`/v1/pay-order/...`), code from the business table (`4000`, `104139`, …). */
var NpayOrderError = class extends NpayApiError {
  constructor(init) {
    super({
      ...init,
      family: 'order',
    })
    this.name = 'NpayOrderError'
  }
}
/** A settlement-service error (`/v1/pay-settle-mall/...`): `BAD_REQUEST` or `INTERNAL_SERVER_ERROR`. */
var NpaySettlementError = class extends NpayApiError {
  constructor(init) {
    super({
      ...init,
      family: 'settlement',
    })
    this.name = 'NpaySettlementError'
  }
}
/** A token-endpoint error: bad signature, stale timestamp, unknown client, missing parameter. */
var NpayTokenError = class extends NpayApiError {
  constructor(init) {
    super({
      ...init,
      family: 'token',
    })
    this.name = 'NpayTokenError'
  }
}
/**
 * An error answer of the emulator's `/__sandbox` control plane (a `SandboxError` body). A 409
 * `EVENT_NOT_ALLOWED` lists the events the product order accepts in `allowedEvents`.
 */
var SandboxControlError = class extends Error {
  status
  /** `NOT_FOUND`, `BAD_REQUEST`, `EVENT_NOT_ALLOWED`, `CONFLICT`, …; undefined for a body without one. */
  code
  allowedEvents
  details
  body
  constructor(init) {
    super(init.message)
    this.name = 'SandboxControlError'
    this.status = init.status
    this.code = init.code
    this.allowedEvents = init.allowedEvents
    this.details = init.details
    this.body = init.body
  }
}
//#endregion
//#region ../packages/client/src/internal/to-api-error.ts
const BODY_SNIPPET_LENGTH = 200
/**
 * Builds the typed error of a failed response. `body` is what the response carried: parsed JSON,
 * raw text, or undefined for an empty body. Never throws.
 * @example toApiError({ service: 'order', response, body: { code: '4000', message: '…' } })
 */
function toApiError(input) {
  const { service, response } = input
  const body = input.body === '' ? void 0 : input.body
  const fields = isRecord(body) ? body : {}
  const code = stringField(fields, 'code')
  const init = {
    status: response.status,
    code,
    message: input.message ?? stringField(fields, 'message') ?? fallbackMessage(response, body),
    traceId: stringField(fields, 'traceId') ?? response.headers.get('GNCP-GW-Trace-ID') ?? void 0,
    timestamp: stringField(fields, 'timestamp'),
    invalidInputs: invalidInputsOf(fields.invalidInputs),
    diagnostic: response.headers.get('X-Npay-Sandbox-Diagnostic') ?? void 0,
    body,
  }
  if (code?.startsWith('GW.')) return new NpayGatewayError(init)
  if (service === 'settlement') return new NpaySettlementError(init)
  if (service === 'token') return new NpayTokenError(init)
  return new NpayOrderError(init)
}
/**
 * Parses a response text as JSON, keeping the text when it is not JSON.
 * @example parseBody('{"a":1}') // { a: 1 }; parseBody('<html>') // '<html>'; parseBody('') // undefined
 */
function parseBody(text) {
  if (text === '') return void 0
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
function fallbackMessage(response, body) {
  const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
  if (typeof body === 'string' && body.trim() !== '')
    return `${head}: ${body.trim().slice(0, BODY_SNIPPET_LENGTH)}`
  return body === void 0 ? `${head} with an empty body` : `${head} without an error code`
}
function invalidInputsOf(value) {
  if (!Array.isArray(value)) return void 0
  return value.filter(isRecord).map((entry) => ({
    name: String(entry.name ?? ''),
    type: String(entry.type ?? ''),
    message: String(entry.message ?? ''),
  }))
}
function stringField(record, key) {
  const value = record[key]
  return typeof value === 'string' ? value : void 0
}
/**
 * The service a path belongs to.
 * @example serviceOf('/v1/pay-settle-mall/settle/case') // 'settlement'
 */
function serviceOf(path) {
  if (path.startsWith('/v1/pay-settle')) return 'settlement'
  if (path.startsWith('/v1/oauth2/')) return 'token'
  return 'order'
}
/** Whether a value is a plain JSON object. */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
//#endregion
//#region ../packages/client/src/internal/call-operation.ts
const PATH_PARAM_RE = /\{([^{}]+)\}/g
/**
 * Calls one route with a flat input (path parameters by name, `body`, the rest as query parameters)
 * and returns the parsed success body, or throws what `fail` builds.
 * @example await callOperation(raw, { method: 'GET', path: '/v1/pay-order/mall/reviews' }, {}, undefined, fail)
 */
async function callOperation(client, route, input, options, fail) {
  const { path, query, body } = splitInput(route.path, input ?? {})
  const init = {
    params: {
      path,
      query,
    },
    parseAs: 'text',
  }
  if (body !== void 0) init.body = body
  if (options?.headers) init.headers = options.headers
  if (options?.signal) init.signal = options.signal
  const { data, error, response } = await client.request(route.method.toLowerCase(), route.path, init)
  if (!response.ok) throw fail(response, error)
  const parsed = parseBody(typeof data === 'string' ? data : '')
  if (typeof parsed === 'string') throw fail(response, parsed)
  return parsed
}
/**
 * Splits a flat input into path parameters (named in the template), `body`, and query parameters.
 * @example splitInput('/orders/{orderId}', { orderId: '1', page: 2 }) // { path: { orderId: '1' }, query: { page: 2 }, body: undefined }
 */
function splitInput(template, input) {
  const pathNames = new Set(Array.from(template.matchAll(PATH_PARAM_RE), (m) => m[1] ?? ''))
  const path = {}
  const query = {}
  for (const [key, value] of Object.entries(input)) {
    if (key === 'body') continue
    if (pathNames.has(key)) path[key] = value
    else query[key] = value
  }
  for (const name of pathNames) {
    const value = path[name]
    if (value === void 0 || value === null || value === '')
      throw new TypeError(`${template} needs the path parameter ${name}`)
  }
  return {
    path,
    query,
    body: input.body,
  }
}
//#endregion
//#region ../packages/client/src/internal/control-plane-routes.ts
const CONTROL_PLANE_ROUTES = Object.fromEntries(
  controlPlaneOperationIndex.map((e) => [
    e.operationId,
    {
      method: e.method,
      path: e.path,
    },
  ]),
)
//#endregion
//#region ../packages/client/src/internal/resolve-options.ts
/**
 * Applies the defaults and refuses options that could never work, with a message saying why.
 * @example resolveNpayClientOptions({ clientId: 'app', clientSecret: '$2a$04$abcdefghijklmnopqrstuu' })
 */
function resolveNpayClientOptions(options) {
  const { clientId, clientSecret, type, accountId, timestampSkewMs = 0 } = options
  if (typeof clientId !== 'string' || clientId.trim() === '')
    throw new TypeError('clientId must be a non-empty string')
  if (typeof clientSecret !== 'string' || !isBcryptSalt(clientSecret))
    throw new TypeError('clientSecret must be a bcrypt salt: $2a$ + 2-digit cost + $ + 22 characters')
  if (type !== void 0 && type !== 'SELF' && type !== 'SELLER')
    throw new TypeError(`type must be 'SELF' or 'SELLER', got ${String(type)}`)
  if (type === 'SELLER' && !accountId) throw new TypeError("type 'SELLER' requires accountId")
  if (!Number.isFinite(timestampSkewMs) || timestampSkewMs < 0)
    throw new TypeError('timestampSkewMs must be a finite number of milliseconds >= 0')
  return {
    clientId,
    clientSecret,
    baseUrl: checkBaseUrl(options.baseUrl ?? 'https://sandbox-api.pay.naver.com/npay/partner'),
    fetch: resolveFetch(options.fetch),
    now: options.now ?? Date.now,
    type,
    accountId,
    timestampSkewMs,
  }
}
/**
 * Refuses a base URL that is not absolute http(s) and drops a trailing slash.
 * @example checkBaseUrl('http://127.0.0.1:8787/npay/partner/') // 'http://127.0.0.1:8787/npay/partner'
 */
function checkBaseUrl(baseUrl) {
  let url
  try {
    url = new URL(baseUrl)
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL, got ${JSON.stringify(baseUrl)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`baseUrl must be http or https, got ${url.protocol}`)
  return baseUrl.replace(/\/+$/, '')
}
/**
 * The given fetch made always-async, or a wrapper that reads `globalThis.fetch` at call time.
 * @example resolveFetch(undefined)(new Request('http://127.0.0.1:8787/__sandbox/health'))
 */
function resolveFetch(fetch) {
  if (fetch !== void 0 && typeof fetch !== 'function') throw new TypeError('fetch must be a function')
  if (fetch) return async (request) => fetch(request)
  return (request) => globalThis.fetch(request)
}
//#endregion
//#region ../packages/client/src/internal/serialize-query.ts
/**
 * Query strings as the API expects them: arrays as repeated keys, every value percent-encoded so the
 * `+` of `+09:00` travels as `%2B` (a bare `+` would arrive as a space and fail validation). `:` is
 * left readable, as RFC 3986 allows in a query, so date-times read `…000%2B09:00` in logs and journals.
 * Absent (`undefined`/`null`) values and empty arrays are left out.
 * @example serializeQuery({ from: '2024-06-07T19:00:00.000+09:00', productOrderStatuses: ['PAYED', 'DELIVERING'] })
 * // 'from=2024-06-07T19:00:00.000%2B09:00&productOrderStatuses=PAYED&productOrderStatuses=DELIVERING'
 */
function serializeQuery(query) {
  const pairs = []
  for (const [name, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) {
      if (item === void 0 || item === null) continue
      pairs.push(`${encode(name)}=${encode(scalar(name, item))}`)
    }
  }
  return pairs.join('&')
}
function scalar(name, value) {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  throw new TypeError(`query parameter ${name} must be a string, number or boolean (or an array of them)`)
}
function encode(text) {
  return encodeURIComponent(text).replaceAll('%3A', ':')
}
//#endregion
//#region ../packages/client/src/internal/to-control-error.ts
/**
 * Builds the `SandboxControlError` of a failed control-plane response from its `SandboxError` body,
 * or from the status alone when the body is not JSON.
 * @example toControlError(response, { code: 'EVENT_NOT_ALLOWED', message: '…', allowedEvents: ['deliver'] })
 */
function toControlError(response, body) {
  const fields = isRecord(body) ? body : {}
  const code = typeof fields.code === 'string' ? fields.code : void 0
  const message =
    typeof fields.message === 'string'
      ? fields.message
      : `HTTP ${response.status}${typeof body === 'string' && body ? `: ${body.slice(0, 200)}` : ''}`
  const allowedEvents = Array.isArray(fields.allowedEvents)
    ? fields.allowedEvents.filter((event) => typeof event === 'string')
    : void 0
  return new SandboxControlError({
    status: response.status,
    code,
    message,
    allowedEvents,
    details: fields.details,
    body,
  })
}
//#endregion
//#region ../packages/client/src/create-control-plane-client.ts
/**
 * Creates a typed client of the emulator's control plane. Failures throw `SandboxControlError`.
 * @example
 * const sandbox = createControlPlaneClient({ baseUrl: 'http://127.0.0.1:8787' })
 * const merchant = await sandbox.createMerchant({ body: { name: 'test shop' } })
 * await sandbox.advanceClock({ body: { clientId: merchant.clientId, by: '4h' } })
 */
function createControlPlaneClient(options) {
  const raw = createClient({
    baseUrl: checkBaseUrl(options.baseUrl),
    fetch: resolveFetch(options.fetch),
    querySerializer: serializeQuery,
    ...(options.headers ? { headers: options.headers } : {}),
  })
  const loose = raw
  const methods = {}
  for (const [operationId, route] of Object.entries(CONTROL_PLANE_ROUTES))
    methods[operationId] = (input, callOptions) =>
      callOperation(loose, route, input, callOptions, toControlError)
  return Object.assign(methods, { raw })
}
//#endregion
//#region ../packages/client/src/internal/auth-middleware.ts
const BEARER_PREFIX = 'Bearer '
/**
 * openapi-fetch middleware that sends `Authorization: Bearer …` from the token cache, and on a 401
 * `GW.AUTHN` drops the rejected token, gets another and sends the request exactly once more
 * (the docs advise re-issuing on that answer). The token endpoint itself is left alone.
 * @example raw.use(authMiddleware(tokens))
 */
function authMiddleware(tokens) {
  const spares = /* @__PURE__ */ new Map()
  return {
    async onRequest({ request, schemaPath, id }) {
      if (schemaPath === '/v1/oauth2/token') return void 0
      request.headers.set('Authorization', `${BEARER_PREFIX}${await tokens.get()}`)
      spares.set(id, request.clone())
      return request
    },
    async onResponse({ request, response, id, options }) {
      const spare = spares.get(id)
      spares.delete(id)
      if (!spare || !(await isAuthnFailure(response))) return void 0
      tokens.invalidate(bearerOf(request))
      spare.headers.set('Authorization', `${BEARER_PREFIX}${await tokens.get()}`)
      return options.fetch(spare)
    },
    onError({ id }) {
      spares.delete(id)
    },
  }
}
/**
 * Whether a response is the gateway's 401 `GW.AUTHN` (missing, unknown or expired token).
 * @example await isAuthnFailure(new Response('{"code":"GW.AUTHN"}', { status: 401 })) // true
 */
async function isAuthnFailure(response) {
  if (response.status !== 401) return false
  const body = parseBody(await response.clone().text())
  return isRecord(body) && body.code === 'GW.AUTHN'
}
function bearerOf(request) {
  const header = request.headers.get('Authorization')
  return header?.startsWith(BEARER_PREFIX) ? header.slice(7) : void 0
}
//#endregion
//#region ../packages/client/src/internal/request-token.ts
/**
 * The form parameters of a token request, signed with the client's clock minus `timestampSkewMs`.
 * @example tokenRequestBody({ clientId: 'aaaabbbbcccc', clientSecret: '$2a$10$abcdefghijklmnopqrstuv', now: () => 1643961623299, ... })
 */
function tokenRequestBody(options) {
  const timestamp = Math.floor(options.now() - options.timestampSkewMs)
  const body = {
    client_id: options.clientId,
    timestamp,
    grant_type: 'client_credentials',
    client_secret_sign: signClientSecret(options.clientId, options.clientSecret, String(timestamp)),
  }
  if (options.type !== void 0) body.type = options.type
  if (options.accountId !== void 0) body.account_id = options.accountId
  return body
}
/**
 * Asks the token endpoint for a token (form-urlencoded body). Throws `NpayTokenError`, or
 * `NpayGatewayError` for a `GW.*` answer, when it refuses.
 * @example const token = await requestToken(raw, options) // { access_token, expires_in: 10800, token_type: 'Bearer' }
 */
async function requestToken(client, options) {
  const { data, error, response } = await client.request('post', TOKEN_PATH, {
    body: tokenRequestBody(options),
    bodySerializer: toForm,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    parseAs: 'text',
  })
  if (!response.ok)
    throw toApiError({
      service: 'token',
      response,
      body: error,
    })
  const body = parseBody(typeof data === 'string' ? data : '')
  if (isRecord(body) && typeof body.access_token === 'string' && typeof body.expires_in === 'number')
    return body
  throw toApiError({
    service: 'token',
    response,
    body,
    message: 'token response lacks access_token (string) or expires_in (number)',
  })
}
function toForm(body) {
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(body)) if (value !== void 0) form.set(key, String(value))
  return form.toString()
}
//#endregion
//#region ../packages/client/src/internal/token-cache.ts
/**
 * A token cache following the real reuse rule (facts §3.5): a token is reused while at least
 * `TOKEN_REUSE_THRESHOLD_SECONDS` of its life remain, measured from when it was requested. Concurrent
 * callers share one token request.
 * @example const cache = createTokenCache({ now: Date.now, request: () => requestToken(...) })
 */
function createTokenCache(deps) {
  let cached
  let inFlight
  const isFresh = (token) => token.expiresAt - deps.now() >= TOKEN_REUSE_THRESHOLD_SECONDS * 1e3
  function issue() {
    const requestedAt = deps.now()
    const pending = deps.request().then((token) => {
      cached = {
        accessToken: token.access_token,
        expiresAt: requestedAt + token.expires_in * 1e3,
      }
      return token
    })
    inFlight = pending
    const clear = () => {
      if (inFlight === pending) inFlight = void 0
    }
    pending.then(clear, clear)
    return pending
  }
  return {
    async get() {
      if (cached && isFresh(cached)) return cached.accessToken
      return (await (inFlight ?? issue())).access_token
    },
    issue,
    invalidate(accessToken) {
      if (cached && cached.accessToken === accessToken) cached = void 0
    },
    peek: () => cached,
  }
}
//#endregion
//#region ../packages/client/src/create-npay-client.ts
/**
 * Creates a typed client. Options are checked here; the first token is requested on the first call.
 * @example
 * const npay = createNpayClient({ clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/npay/partner' })
 * const { data } = await npay.getLastChangedStatuses({ lastChangedFrom: '2024-06-07T19:00:00.000+09:00' })
 */
function createNpayClient(options) {
  const resolved = resolveNpayClientOptions(options)
  const raw = createClient({
    baseUrl: resolved.baseUrl,
    fetch: resolved.fetch,
    querySerializer: serializeQuery,
  })
  const loose = raw
  const tokens = createTokenCache({
    now: resolved.now,
    request: () => requestToken(loose, resolved),
  })
  raw.use(authMiddleware(tokens))
  const methods = {}
  for (const route of operationIndex) {
    if (route.operationId === 'issueToken') continue
    const service = serviceOf(route.path)
    methods[route.operationId] = (input, callOptions) =>
      callOperation(loose, route, input, callOptions, (response, body) =>
        toApiError({
          service,
          response,
          body,
        }),
      )
  }
  return Object.assign(methods, {
    token: () => tokens.get(),
    issueToken: () => tokens.issue(),
    raw,
    baseUrl: resolved.baseUrl,
  })
}

//#endregion
export {
  BASE_PATH as b,
  createControlPlaneClient as n,
  createNpayClient as t,
  createTraceIdGenerator as u,
  DIAGNOSTIC_HEADER as x,
  failInfo as j,
  formatKst as m,
  formatKstDate as h,
  GATEWAY_ERRORS as D,
  isBcryptSalt as d,
  kstCompactDate as g,
  kstDayStart as _,
  MAX_QUERY_WINDOW_MS as N,
  MAX_SETTLEMENT_PAGE_SIZE as P,
  NpayApiError as r,
  NpayError as O,
  NpayGatewayError as i,
  NpayOrderError as a,
  NpaySettlementError as o,
  NpayTokenError as s,
  ORDER_ERRORS as k,
  operationIndex as l,
  PRODUCTION_BASE_URL as S,
  parseDateTime as v,
  parseKstDate as y,
  RATE_LIMIT_HEADERS as C,
  renderErrorBody as M,
  SANDBOX_BASE_URL as w,
  SandboxControlError as c,
  SETTLEMENT_ERRORS as A,
  SIGNATURE_FUTURE_TOLERANCE_MS as F,
  SIGNATURE_TIMESTAMP_WINDOW_MS as I,
  signClientSecret as f,
  TOKEN_LIFETIME_SECONDS as L,
  TOKEN_PATH as T,
  TOKEN_REUSE_THRESHOLD_SECONDS as R,
  TRACE_HEADER as E,
  verifyClientSecretSign as p,
}
