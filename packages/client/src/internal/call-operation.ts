import type { CallOptions, Route } from './operation-types.ts'
import { parseBody } from './to-api-error.ts'

/** The part of an openapi-fetch client this module needs, without its per-path typing. */
export interface LooseClient {
  request(
    method: string,
    url: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>
}

/** Builds the error thrown for a failed (or unreadable) response. */
export type ErrorFactory = (response: Response, body: unknown) => Error

const PATH_PARAM_RE = /\{([^{}]+)\}/g

/**
 * Calls one route with a flat input (path parameters by name, `body`, the rest as query parameters)
 * and returns the parsed success body, or throws what `fail` builds.
 * @example await callOperation(raw, { method: 'GET', path: '/v1/pay-order/mall/reviews' }, {}, undefined, fail)
 */
export async function callOperation(
  client: LooseClient,
  route: Route,
  input: Record<string, unknown> | undefined,
  options: CallOptions | undefined,
  fail: ErrorFactory,
): Promise<unknown> {
  const { path, query, body } = splitInput(route.path, input ?? {})
  const init: Record<string, unknown> = { params: { path, query }, parseAs: 'text' }
  if (body !== undefined) init.body = body
  if (options?.headers) init.headers = options.headers
  if (options?.signal) init.signal = options.signal
  const { data, error, response } = await client.request(route.method.toLowerCase(), route.path, init)
  if (!response.ok) throw fail(response, error)
  const parsed = parseBody(typeof data === 'string' ? data : '')
  // A success status with a body that is not JSON (a proxy page) is still a failure to report.
  if (typeof parsed === 'string') throw fail(response, parsed)
  return parsed
}

/**
 * Splits a flat input into path parameters (named in the template), `body`, and query parameters.
 * @example splitInput('/orders/{orderId}', { orderId: '1', page: 2 }) // { path: { orderId: '1' }, query: { page: 2 }, body: undefined }
 */
export function splitInput(
  template: string,
  input: Record<string, unknown>,
): { path: Record<string, unknown>; query: Record<string, unknown>; body: unknown } {
  const pathNames = new Set(Array.from(template.matchAll(PATH_PARAM_RE), (m) => m[1] ?? ''))
  const path: Record<string, unknown> = {}
  const query: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (key === 'body') continue
    if (pathNames.has(key)) path[key] = value
    else query[key] = value
  }
  for (const name of pathNames) {
    const value = path[name]
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`${template} needs the path parameter ${name}`)
    }
  }
  return { path, query, body: input.body }
}
