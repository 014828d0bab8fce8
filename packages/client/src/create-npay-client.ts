import type { OperationId, OperationIndexEntry, paths } from '@npay-sandbox/schema'
import { operationIndex } from '@npay-sandbox/schema'
import createClient, { type Client } from 'openapi-fetch'
import { authMiddleware } from './internal/auth-middleware.ts'
import { callOperation, type LooseClient } from './internal/call-operation.ts'
import type {
  CallOptions,
  MethodsOf,
  OperationInput,
  OperationResult,
  RouteOperation,
} from './internal/operation-types.ts'
import { requestToken } from './internal/request-token.ts'
import { resolveNpayClientOptions } from './internal/resolve-options.ts'
import { serializeQuery } from './internal/serialize-query.ts'
import { serviceOf, toApiError } from './internal/to-api-error.ts'
import { createTokenCache, type TokenResponse } from './internal/token-cache.ts'
import type { NpayClientOptions } from './options.ts'

/** operationIds of the real API that have a client method of the same name. */
export type NpayOperationId = Exclude<OperationId, 'issueToken'>

type NpayRoutes = { [K in NpayOperationId]: Extract<OperationIndexEntry, { operationId: K }> }
type NpayOperation<K extends NpayOperationId> = RouteOperation<paths, NpayRoutes[K]>

/** The input object of a client method: path and query parameters by name, and `body`. */
export type NpayOperationInput<K extends NpayOperationId> = OperationInput<NpayOperation<K>>
/** What a client method resolves to: the parsed success body of the operation. */
export type NpayOperationResult<K extends NpayOperationId> = OperationResult<NpayOperation<K>>

/** A client of the Naver Pay partner API: one method per operationId, plus the token surface. */
export type NpayClient = MethodsOf<paths, NpayRoutes> & {
  /** A token from the cache, or from the server when less than 30 minutes of the cached one remain. */
  token(): Promise<string>
  /** Always asks the token endpoint (the server decides whether the token is new), and caches it. */
  issueToken(): Promise<TokenResponse>
  /** The openapi-fetch client underneath, with the Authorization header and GW.AUTHN retry. */
  raw: Client<paths>
  /** The base URL in use. */
  baseUrl: string
}

/**
 * Creates a typed client. Options are checked here; the first token is requested on the first call.
 * @example
 * const npay = createNpayClient({ clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/npay/partner' })
 * const { data } = await npay.getLastChangedStatuses({ lastChangedFrom: '2024-06-07T19:00:00.000+09:00' })
 */
export function createNpayClient(options: NpayClientOptions): NpayClient {
  const resolved = resolveNpayClientOptions(options)
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: resolved.fetch,
    querySerializer: serializeQuery,
  })
  const loose = raw as unknown as LooseClient
  const tokens = createTokenCache({ now: resolved.now, request: () => requestToken(loose, resolved) })
  raw.use(authMiddleware(tokens))

  const methods: Record<string, unknown> = {}
  for (const route of operationIndex) {
    if (route.operationId === 'issueToken') continue
    const service = serviceOf(route.path)
    methods[route.operationId] = (input?: Record<string, unknown>, callOptions?: CallOptions) =>
      callOperation(loose, route, input, callOptions, (response, body) =>
        toApiError({ service, response, body }),
      )
  }
  return Object.assign(methods as MethodsOf<paths, NpayRoutes>, {
    token: () => tokens.get(),
    issueToken: () => tokens.issue(),
    raw,
    baseUrl: resolved.baseUrl,
  })
}
