import { type Client } from 'openapi-fetch'
import type { OperationId, OperationIndexEntry, paths } from '../../schema/src/index.js'
import type {
  MethodsOf,
  OperationInput,
  OperationResult,
  RouteOperation,
} from './internal/operation-types.js'
import { type TokenResponse } from './internal/token-cache.js'
import type { NpayClientOptions } from './options.js'
/** operationIds of the real API that have a client method of the same name. */
export type NpayOperationId = Exclude<OperationId, 'issueToken'>
type NpayRoutes = {
  [K in NpayOperationId]: Extract<
    OperationIndexEntry,
    {
      operationId: K
    }
  >
}
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
export declare function createNpayClient(options: NpayClientOptions): NpayClient
