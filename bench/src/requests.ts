/**
 * The HTTP requests the benchmark sends, built once per server, and a sanity check of each: a
 * benchmark of a request that fails measures the error path, so every case is checked before it runs.
 */
import {
  BASE_PATH,
  MAX_DISPATCH_PRODUCT_ORDERS,
  MAX_LAST_CHANGED_LIMIT,
  signClientSecret,
  TOKEN_PATH,
} from '@npay-sandbox/protocol'
import type { ServerChild } from './child.ts'
import type { LoadRequest } from './load.ts'
import { LAST_CHANGED_PATH, QUERY_PATH } from './server/protocol.ts'

const ORDERS = '/v1/pay-order/mall/product-orders'

/** The token request of the default merchant, signed now (valid for the 5-minute window). */
export function tokenRequest(server: ServerChild): LoadRequest {
  const { clientId, clientSecret } = server.ready
  const timestamp = String(Date.now())
  const form = new URLSearchParams({
    client_id: clientId,
    timestamp,
    grant_type: 'client_credentials',
    client_secret_sign: signClientSecret(clientId, clientSecret, timestamp),
    type: 'SELF',
  })
  return {
    url: server.origin + BASE_PATH + TOKEN_PATH,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  }
}

export async function issueToken(server: ServerChild): Promise<string> {
  const body = (await check(tokenRequest(server))).body as { access_token?: string }
  if (!body.access_token) throw new Error('bench: the token endpoint returned no access_token')
  return body.access_token
}

/** The query of `count` (≤ 10) of the sample ids. */
export function queryRequest(server: ServerChild, token: string, count = 10): LoadRequest {
  return {
    url: `${server.origin}${BASE_PATH}${QUERY_PATH}`,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ productOrderIds: server.ready.sampleIds.slice(0, count) }),
  }
}

export function lastChangedRequest(server: ServerChild, token: string): LoadRequest {
  const query = new URLSearchParams({ lastChangedFrom: server.ready.midpointKst })
  return {
    url: `${server.origin}${BASE_PATH}${LAST_CHANGED_PATH}?${query}`,
    headers: { authorization: `Bearer ${token}` },
  }
}

/** Each request dispatches the 30 items of the next order not yet dispatched. */
export function dispatchRequest(server: ServerChild, token: string): LoadRequest {
  const orders = server.ready.dispatchable
  let next = 0
  const body = (ids: readonly string[], i: number) =>
    JSON.stringify({
      dispatchProductOrders: ids.map((productOrderId) => ({
        productOrderId,
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: `7${String(i).padStart(11, '0')}`,
        dispatchDate: server.ready.nowKst,
      })),
    })
  return {
    url: `${server.origin}${BASE_PATH}${ORDERS}/dispatch`,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    // Past the last prepared order the bodies repeat and dispatch nothing: `exhausted` says so.
    next: () => {
      const i = next++
      return { body: body(orders[i % orders.length] ?? [], i) }
    },
    exhausted: () => next > orders.length,
  }
}

/**
 * The same call sent to another server: same method, headers and body, the path without the emulator's
 * base path when `withBasePath` is false (Prism serves the document's paths as they stand).
 */
export function retarget(request: LoadRequest, origin: string, { withBasePath = true } = {}): LoadRequest {
  const url = new URL(request.url)
  const path = withBasePath ? url.pathname : url.pathname.replace(BASE_PATH, '')
  return { ...request, url: `${origin}${path}${url.search}` }
}

/** An answer: its parsed JSON body and its size on the wire (body bytes). */
export interface Answer {
  body: unknown
  bytes: number
}

/** Sends a request once and returns its answer; throws unless it is a 200. */
export async function check(request: LoadRequest): Promise<Answer> {
  const init: RequestInit = { method: request.method ?? 'GET', headers: request.headers ?? {} }
  const body = request.next?.()?.body ?? request.body
  if (body !== undefined) init.body = body
  const response = await fetch(request.url, init)
  const text = await response.text()
  if (response.status !== 200)
    throw new Error(`bench: ${init.method} ${request.url} answered ${response.status}: ${text.slice(0, 300)}`)
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) }
}

/**
 * Checks that a case returns what it claims to measure, e.g. a full page or 30 dispatched items, and
 * returns that answer.
 */
export async function checkShape(
  kind: 'query' | 'last-changed' | 'dispatch',
  request: LoadRequest,
  queried = 10,
): Promise<Answer> {
  const answer = await check(request)
  const body = answer.body as { data?: Record<string, unknown> | unknown[] }
  const data = body.data as Record<string, unknown[] | number> | unknown[] | undefined
  const count =
    kind === 'query'
      ? Array.isArray(data) && data.length
      : kind === 'last-changed'
        ? !Array.isArray(data) && data?.count
        : !Array.isArray(data) && (data?.successProductOrderIds as unknown[] | undefined)?.length
  const want =
    kind === 'query'
      ? queried
      : kind === 'last-changed'
        ? MAX_LAST_CHANGED_LIMIT
        : MAX_DISPATCH_PRODUCT_ORDERS
  if (count !== want)
    throw new Error(
      `bench: ${kind} returned ${count} rows instead of ${want}: ${JSON.stringify(body).slice(0, 300)}`,
    )
  return answer
}
