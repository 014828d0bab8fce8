import type { CallOptions, Route } from './operation-types.js'
/** The part of an openapi-fetch client this module needs, without its per-path typing. */
export interface LooseClient {
  request(
    method: string,
    url: string,
    init: Record<string, unknown>,
  ): Promise<{
    data?: unknown
    error?: unknown
    response: Response
  }>
}
/** Builds the error thrown for a failed (or unreadable) response. */
export type ErrorFactory = (response: Response, body: unknown) => Error
/**
 * Calls one route with a flat input (path parameters by name, `body`, the rest as query parameters)
 * and returns the parsed success body, or throws what `fail` builds.
 * @example await callOperation(raw, { method: 'GET', path: '/v1/pay-order/mall/reviews' }, {}, undefined, fail)
 */
export declare function callOperation(
  client: LooseClient,
  route: Route,
  input: Record<string, unknown> | undefined,
  options: CallOptions | undefined,
  fail: ErrorFactory,
): Promise<unknown>
/**
 * Splits a flat input into path parameters (named in the template), `body`, and query parameters.
 * @example splitInput('/orders/{orderId}', { orderId: '1', page: 2 }) // { path: { orderId: '1' }, query: { page: 2 }, body: undefined }
 */
export declare function splitInput(
  template: string,
  input: Record<string, unknown>,
): {
  path: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
}
