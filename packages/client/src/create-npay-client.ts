import type { ApiProfile } from '@npay-sandbox/protocol'
import type { CommercePaths, paths } from '@npay-sandbox/schema'
import createClient, { type Client } from 'openapi-fetch'
import { authMiddleware } from './internal/auth-middleware.ts'
import { callOperation, type LooseClient } from './internal/call-operation.ts'
import type {
  CallOptions,
  MethodsOf,
  OperationInput,
  OperationResult,
  Route,
  RouteOperation,
} from './internal/operation-types.ts'
import {
  operationIndexOf,
  type PathsOf,
  type ProfileOperationId,
  type ProfileRoutes,
} from './internal/profile-routes.ts'
import { requestToken } from './internal/request-token.ts'
import { resolveNpayClientOptions } from './internal/resolve-options.ts'
import { serializeQuery } from './internal/serialize-query.ts'
import { serviceOf, toApiError } from './internal/to-api-error.ts'
import { createTokenCache, type TokenResponse } from './internal/token-cache.ts'
import type { NpayClientOptions } from './options.ts'

/**
 * operationIds that have a client method of the same name on a client of `A`: the mall API's by default,
 * the Commerce API's for `'commerce'`, those both have for `ApiProfile`.
 */
export type NpayOperationId<A extends ApiProfile = 'npay'> = ProfileOperationId<A>

type NpayOperation<K extends NpayOperationId<A>, A extends ApiProfile> = RouteOperation<
  PathsOf<A>,
  ProfileRoutes<A>[K]
>

/** The input object of a client method: path and query parameters by name, and `body`. */
export type NpayOperationInput<K extends NpayOperationId<A>, A extends ApiProfile = 'npay'> = OperationInput<
  NpayOperation<K, A>
>
/** What a client method resolves to: the parsed success body of the operation. */
export type NpayOperationResult<
  K extends NpayOperationId<A>,
  A extends ApiProfile = 'npay',
> = OperationResult<NpayOperation<K, A>>

type RawClientOf<A extends ApiProfile> = [A] extends ['npay']
  ? Client<paths>
  : [A] extends ['commerce']
    ? Client<CommercePaths>
    : Client<paths> | Client<CommercePaths>

/**
 * A client of one API: one method per operationId of its profile, plus the token surface.
 * `NpayClient` (the default) is a client of the Npay mall API, `NpayClient<'commerce'>` of the Commerce
 * API, `NpayClient<ApiProfile>` of either, with the operations both have.
 */
export type NpayClient<A extends ApiProfile = 'npay'> = MethodsOf<PathsOf<A>, ProfileRoutes<A>> & {
  /** A token from the cache, or from the server when less than 30 minutes of the cached one remain. */
  token(): Promise<string>
  /** Always asks the token endpoint (the server decides whether the token is new), and caches it. */
  issueToken(): Promise<TokenResponse>
  /** The openapi-fetch client underneath, with the Authorization header and GW.AUTHN retry. */
  raw: RawClientOf<A>
  /** The base URL in use. */
  baseUrl: string
  /** The API this client speaks. */
  api: A
}

/** A client of the Commerce API (smartstore seller paths): `createNpayClient({ api: 'commerce', … })`. */
export type CommerceClient = NpayClient<'commerce'>

/**
 * Creates a typed client. Options are checked here; the first token is requested on the first call.
 * `api: 'commerce'` makes it a Commerce API client (seller paths, `type=SELF` token, or `SELLER` with
 * `accountId`); without it, a client of the Npay mall API.
 * @example
 * const npay = createNpayClient({ clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/npay/partner' })
 * const { data } = await npay.getLastChangedStatuses({ lastChangedFrom: '2024-06-07T19:00:00.000+09:00' })
 * const seller = createNpayClient({ api: 'commerce', clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/external' })
 * await seller.changeHopeDelivery({ productOrderId, body: { hopeDeliveryYmd: '20240620', changeReason: '고객 요청' } })
 */
export function createNpayClient<A extends ApiProfile = 'npay'>(
  options: NpayClientOptions<A>,
): NpayClient<A> {
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
  for (const route of operationIndexOf(resolved.api)) {
    if (route.operationId === 'issueToken') continue
    const service = serviceOf(route.path)
    methods[route.operationId] = (input?: Record<string, unknown>, callOptions?: CallOptions) =>
      callOperation(loose, route as Route, input, callOptions, (response, body) =>
        toApiError({ service, response, body }),
      )
  }
  return Object.assign(methods as MethodsOf<PathsOf<A>, ProfileRoutes<A>>, {
    token: () => tokens.get(),
    issueToken: () => tokens.issue(),
    raw: raw as unknown as RawClientOf<A>,
    baseUrl: resolved.baseUrl,
    api: resolved.api as A,
  })
}
