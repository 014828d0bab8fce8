import type { InvalidInput } from '@npay-sandbox/protocol'
import { DIAGNOSTIC_HEADER, TRACE_HEADER } from '@npay-sandbox/protocol'
import {
  type NpayApiError,
  type NpayApiErrorInit,
  NpayGatewayError,
  NpayOrderError,
  NpaySettlementError,
  NpayTokenError,
} from '../errors.ts'

/** Which service a request went to; decides the error class when the body is not a gateway error. */
export type Service = 'order' | 'settlement' | 'token'

const BODY_SNIPPET_LENGTH = 200

/**
 * Builds the typed error of a failed response. `body` is what the response carried: parsed JSON,
 * raw text, or undefined for an empty body. Never throws.
 * @example toApiError({ service: 'order', response, body: { code: '4000', message: '…' } })
 */
export function toApiError(input: {
  service: Service
  response: Response
  body: unknown
  /** Replaces the body's message, for a success status whose body is unusable. */
  message?: string
}): NpayApiError {
  const { service, response } = input
  // openapi-fetch hands over an empty error body as ''.
  const body = input.body === '' ? undefined : input.body
  const fields = isRecord(body) ? body : {}
  const code = stringField(fields, 'code')
  const init: Omit<NpayApiErrorInit, 'family'> = {
    status: response.status,
    code,
    message: input.message ?? stringField(fields, 'message') ?? fallbackMessage(response, body),
    traceId: stringField(fields, 'traceId') ?? response.headers.get(TRACE_HEADER) ?? undefined,
    timestamp: stringField(fields, 'timestamp'),
    invalidInputs: invalidInputsOf(fields.invalidInputs),
    diagnostic: response.headers.get(DIAGNOSTIC_HEADER) ?? undefined,
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
export function parseBody(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function fallbackMessage(response: Response, body: unknown): string {
  const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
  if (typeof body === 'string' && body.trim() !== '') {
    return `${head}: ${body.trim().slice(0, BODY_SNIPPET_LENGTH)}`
  }
  return body === undefined ? `${head} with an empty body` : `${head} without an error code`
}

function invalidInputsOf(value: unknown): InvalidInput[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.filter(isRecord).map((entry) => ({
    name: String(entry.name ?? ''),
    type: String(entry.type ?? ''),
    message: String(entry.message ?? ''),
  }))
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' ? value : undefined
}

const SETTLEMENT_PATH = /^\/v1\/pay-settle(-mall)?\//

/**
 * The service a path belongs to: settlement at `/v1/pay-settle-mall/` (mall API) and `/v1/pay-settle/`
 * (Commerce API), the token endpoint, orders otherwise.
 * @example serviceOf('/v1/pay-settle-mall/settle/case') // 'settlement'; serviceOf('/v1/pay-settle/vat/daily') // 'settlement'
 */
export function serviceOf(path: string): Service {
  if (SETTLEMENT_PATH.test(path)) return 'settlement'
  if (path.startsWith('/v1/oauth2/')) return 'token'
  return 'order'
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
