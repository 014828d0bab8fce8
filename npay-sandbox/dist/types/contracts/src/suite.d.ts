/**
 * What a contract suite is: cases written once against the typed client and a context, never against a
 * particular target. A case says which operations it covers, which provider states it starts from,
 * whether it changes product orders, and whether it needs an emulator's clock.
 */
import type { NpayClient, NpayClientOptions, NpayOperationId } from '../../packages/client/src/index.js'
import type { Exchange } from './exchange/types.js'
import type { ProviderState, ProviderStateName } from './provider-states/definitions.js'
import type { Credentials, TargetName } from './targets/types.js'
/** An operation of the real API, including the token endpoint. */
export type OperationName = NpayOperationId | 'issueToken'
/** A raw request for what the typed client deliberately cannot send (no token, a query-string token …). */
export interface RawRequest {
  query?: Record<string, string>
  /** JSON body. */
  body?: unknown
  /** Form body (`application/x-www-form-urlencoded`). */
  form?: Record<string, string>
  /** `token` (default): a valid bearer token; `none`: no Authorization header; or a literal header value. */
  auth?:
    | 'token'
    | 'none'
    | {
        authorization: string
      }
}
/** What a raw request answered. */
export interface RawResponse {
  status: number
  headers: Headers
  body: unknown
}
/** Everything a case may use. Every API request it makes is recorded and validated. */
export interface CaseContext {
  /** A typed client of the target for this case's merchant. */
  api: NpayClient
  target: {
    name: TargetName
    baseUrl: string
  }
  credentials: Credentials
  /** The ids of a product order in a named state; the name must be listed in the case's `needs`. */
  state(name: ProviderStateName): Promise<ProviderState>
  /** Now on the target's clock (the merchant's virtual clock on an emulator), epoch milliseconds. */
  now(): Promise<number>
  /** Moves the merchant's clock forward (cases that `require: ['clock']` only), e.g. `'2h31m'`. */
  advanceClock(by: string): Promise<void>
  /** Another recorded client of the same merchant with its own token cache, e.g. a wrong secret. */
  client(overrides?: Partial<NpayClientOptions>): NpayClient
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
  /** The operations this case exercises (coverage is checked over all cases). */
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
export declare function defineSuite(suite: Suite): Suite
