/**
 * What a contract suite is: cases written once against the typed client and a context, never against a
 * particular target. A case says which operations it covers, which provider states it starts from,
 * whether it changes product orders, and whether it needs an emulator's clock.
 */
import type { NpayClient, NpayClientOptions } from '@npay-sandbox/client'
import type { ApiProfile } from '@npay-sandbox/protocol'
import type { AnyOperationId } from '@npay-sandbox/schema'
import type { ContractClient } from './contract-client.ts'
import type { Exchange } from './exchange/types.ts'
import type { ProviderState, ProviderStateName } from './provider-states/definitions.ts'
import type { Credentials, TargetName } from './targets/types.ts'

export type { ContractClient }

/** An operation of either real API (the Npay mall API, the Commerce API), including the token endpoint. */
export type OperationName = AnyOperationId

/** A raw request for what the typed client deliberately cannot send (no token, a query-string token …). */
export interface RawRequest {
  query?: Record<string, string>
  /** JSON body. */
  body?: unknown
  /** Form body (`application/x-www-form-urlencoded`). */
  form?: Record<string, string>
  /** `token` (default): a valid bearer token; `none`: no Authorization header; or a literal header value. */
  auth?: 'token' | 'none' | { authorization: string }
}

/** What a raw request answered. */
export interface RawResponse {
  status: number
  headers: Headers
  body: unknown
}

/** Everything a case may use. Every API request it makes is recorded and validated. */
export interface CaseContext {
  /**
   * A typed client of the target for this case's merchant, with the operations both APIs have. For an
   * operation of one API only, use {@link CaseContext.apiOf}.
   */
  api: ContractClient
  /**
   * The same client typed as a client of `profile`, for operations only that API has (`getReviews`,
   * `changeHopeDelivery`). A case that names such an operation runs only on targets of that API, so
   * this throws only for a case that forgot to list it in `operations`.
   */
  apiOf<A extends ApiProfile>(profile: A): NpayClient<A>
  target: { name: TargetName; baseUrl: string; api: ApiProfile }
  /**
   * The path of an operation on the target's API, relative to its base URL, for raw requests.
   * @example context.path('requestCancel', { productOrderId }) // '/v1/pay-order/seller/product-orders/…/claim/cancel/request' on the Commerce API
   */
  path(operationId: OperationName, params?: Readonly<Record<string, string>>): string
  credentials: Credentials
  /** The ids of a product order in a named state; the name must be listed in the case's `needs`. */
  state(name: ProviderStateName): Promise<ProviderState>
  /** Now on the target's clock (the merchant's virtual clock on an emulator), epoch milliseconds. */
  now(): Promise<number>
  /** Moves the merchant's clock forward (cases that `require: ['clock']` only), e.g. `'2h31m'`. */
  advanceClock(by: string): Promise<void>
  /** Another recorded client of the same merchant with its own token cache, e.g. a wrong secret. */
  client(overrides?: Partial<NpayClientOptions<ApiProfile>>): ContractClient
  /** A recorded request by path relative to the base URL. */
  raw(method: 'GET' | 'POST', path: string, request?: RawRequest): Promise<RawResponse>
  /** This case's exchanges so far. */
  exchanges: readonly Exchange[]
  /** Ends the case as skipped. */
  skip(reason: string): never
}

/** What only some targets can do. */
export type Capability = 'clock'

export interface ContractCase {
  /** A flat sentence: what holds. */
  name: string
  /**
   * The operations this case exercises (coverage is checked over all cases). A case runs only against
   * targets whose API has all of them.
   */
  operations: readonly OperationName[]
  /** Provider states the case starts from. */
  needs?: readonly ProviderStateName[]
  /** Whether the case changes product orders on the target. */
  mutates?: boolean
  requires?: readonly Capability[]
  /** Reads whatever the target holds, so its recording is compared by shape only. */
  dataDependent?: boolean
  run(context: CaseContext): Promise<void>
}

export interface Suite {
  /** Short id used in file names and `--suite`. */
  id: string
  title: string
  cases: readonly ContractCase[]
}

/**
 * Declares a suite (identity function that keeps the types checked).
 * @example
 * export const ids = defineSuite({ id: 'ids', title: 'Product order ids', cases: [ … ] })
 */
export function defineSuite(suite: Suite): Suite {
  return suite
}
