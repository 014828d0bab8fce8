import { type NpayApiError } from '../errors.js'
/** Which service a request went to; decides the error class when the body is not a gateway error. */
export type Service = 'order' | 'settlement' | 'token'
/**
 * Builds the typed error of a failed response. `body` is what the response carried: parsed JSON,
 * raw text, or undefined for an empty body. Never throws.
 * @example toApiError({ service: 'order', response, body: { code: '4000', message: '…' } })
 */
export declare function toApiError(input: {
  service: Service
  response: Response
  body: unknown
  /** Replaces the body's message, for a success status whose body is unusable. */
  message?: string
}): NpayApiError
/**
 * Parses a response text as JSON, keeping the text when it is not JSON.
 * @example parseBody('{"a":1}') // { a: 1 }; parseBody('<html>') // '<html>'; parseBody('') // undefined
 */
export declare function parseBody(text: string): unknown
/**
 * The service a path belongs to.
 * @example serviceOf('/v1/pay-settle-mall/settle/case') // 'settlement'
 */
export declare function serviceOf(path: string): Service
/** Whether a value is a plain JSON object. */
export declare function isRecord(value: unknown): value is Record<string, unknown>
