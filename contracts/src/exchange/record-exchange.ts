/**
 * A fetch wrapper that records every exchange with the API and validates each response against the
 * OpenAPI document, per path, as it passes (the pact-js "verify every interaction" habit).
 */
import type { ResponseValidator } from '@npay-sandbox/mock-server'
import { type ApiProfile, RATE_LIMIT_HEADERS, TRACE_HEADER } from '@npay-sandbox/protocol'
import { parseText } from '../internal/json.ts'
import type { Exchange, Problem } from './types.ts'
import { responseValidator } from './validator.ts'

/** The fetch shape both typed clients accept. */
export type FetchLike = (request: Request) => Response | Promise<Response>

const REQUEST_HEADERS = ['authorization', 'content-type']
const RESPONSE_HEADERS = [TRACE_HEADER, 'content-type', ...Object.values(RATE_LIMIT_HEADERS)].map((h) =>
  h.toLowerCase(),
)

/**
 * Wraps `inner` so that every request under `baseUrl` is handed to `sink` with its problems against the
 * document of `api` (default the mall API's).
 * @example
 * const log: Exchange[] = []
 * const fetch = recordExchanges(globalThis.fetch, baseUrl, (e) => log.push(e))
 * const api = createNpayClient({ ...credentials, baseUrl, fetch })
 */
export function recordExchanges(
  inner: FetchLike,
  baseUrl: string,
  sink: (exchange: Exchange) => void,
  api: ApiProfile = 'npay',
): FetchLike {
  const validator = responseValidator(api)
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '')
  return async (request) => {
    const url = new URL(request.url)
    if (!url.pathname.startsWith(basePath)) return inner(request)
    const requestBody = await readRequestBody(request.clone())
    const response = await inner(request)
    const path = url.pathname.slice(basePath.length) || '/'
    const exchange: Exchange = {
      operationId: validator.operationFor(request.method, path),
      method: request.method,
      path,
      query: [...url.searchParams.entries()],
      requestHeaders: pick(request.headers, REQUEST_HEADERS),
      requestBody,
      status: response.status,
      responseHeaders: pick(response.headers, RESPONSE_HEADERS),
      responseBody: parseText(await response.clone().text()),
      problems: [],
    }
    exchange.problems = problemsOf(exchange, validator)
    sink(exchange)
    return response
  }
}

function problemsOf(exchange: Exchange, validator: ResponseValidator): Problem[] {
  const problems: Problem[] = []
  if (!exchange.responseHeaders[TRACE_HEADER.toLowerCase()]) {
    problems.push({ path: `header:${TRACE_HEADER}`, kind: 'missing', message: 'every response carries it' })
  }
  if (exchange.operationId === undefined) return problems
  if (typeof exchange.responseBody !== 'object' || exchange.responseBody === null) {
    problems.push({ path: '', kind: 'type', message: 'the body is not JSON' })
    return problems
  }
  return [...problems, ...validator.validate(exchange.operationId, exchange.status, exchange.responseBody)]
}

async function readRequestBody(request: Request): Promise<unknown> {
  const text = await request.text()
  if (text === '') return undefined
  if ((request.headers.get('content-type') ?? '').includes('x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text))
  }
  return parseText(text)
}

function pick(headers: Headers, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of names) {
    const value = headers.get(name)
    if (value !== null) out[name] = value
  }
  return out
}
