/**
 * What a handler of one operation receives, typed from the operation types openapi-typescript
 * generated (packages/schema): query and path parameters after validation (coerced to their schema
 * types), the JSON body, and the tenant the request acts for. Handlers are plain functions keyed by
 * operationId; the registry (mount-api.ts, mount-control.ts) does the reading, validating and
 * authenticating before them.
 */
import type { Engine, Tenant } from '@npay-sandbox/engine'
import type { ApiProfile } from '@npay-sandbox/protocol'
import type {
  CommerceOperations,
  ControlPlaneOperations,
  operations as MallOperations,
} from '@npay-sandbox/schema'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'

/** Operations of both APIs by operationId (the Commerce API's seller-only ones added to the mall's). */
type operations = MallOperations & Omit<CommerceOperations, keyof MallOperations>
/** operationIds of the real APIs (token, orders, settlement; Npay mall and Commerce). */
export type ApiOperationId = keyof operations
/** operationIds of the `/__sandbox` control plane. */
export type ControlOperationId = keyof ControlPlaneOperations

type Present<T> = Exclude<T, undefined>
type NoParameters = Record<string, never>
type OrNone<T> = [T] extends [never] ? NoParameters : T

type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? OrNone<Present<Q>> : NoParameters
type PathOf<Op> = Op extends { parameters: { path?: infer P } } ? OrNone<Present<P>> : NoParameters
type JsonOf<R> = [Present<R>] extends [never]
  ? undefined
  : Present<R> extends { content: { 'application/json': infer B } }
    ? B
    : undefined
/** A required body is there after validation; an optional one may be missing. */
type BodyOf<Op> = Op extends { requestBody: infer R }
  ? JsonOf<R>
  : Op extends { requestBody?: infer R }
    ? JsonOf<R> | undefined
    : undefined

type Result = Response | Promise<Response>

/** The token endpoint's parameters, from the form body or the query string (facts §3.2). */
export type TokenParameters = Parameters<Engine['issueToken']>[0]

/** Input of `issueToken`: checked by the engine's token rules, not by the schema (see mount-api.ts). */
export interface TokenInput {
  /** The merchant app named by `client_id`, when there is one. */
  tenant: Tenant | undefined
  params: TokenParameters
  /** The API whose token endpoint was called. */
  api: ApiProfile
}

/** Input of a real-API operation: the merchant app of the bearer token, and the validated request. */
export type ApiInput<Id extends ApiOperationId> = Id extends 'issueToken'
  ? TokenInput
  : {
      tenant: Tenant
      query: QueryOf<operations[Id]>
      path: PathOf<operations[Id]>
      body: BodyOf<operations[Id]>
    }

export type ApiHandler<Id extends ApiOperationId> = (input: ApiInput<Id>, c: Context<AppEnv>) => Result

/** Handlers of real-API operations by operationId. */
export type ApiHandlers = { [Id in ApiOperationId]?: ApiHandler<Id> }

/**
 * Which merchant a control-plane operation acts for:
 * - `none`: no merchant (health, state, the merchant list);
 * - `merchant`: the `clientId` of the query or the body, the default merchant's when omitted;
 * - `merchant-or-all`: that `clientId`, or none at all (reset: the whole sandbox);
 * - `named`: the `{clientId}` path parameter;
 * - `owner`: the merchant owning the `{productOrderId}` path parameter.
 * An unknown merchant or product order is a 404 before the handler runs.
 */
export type TenantSource = 'none' | 'merchant' | 'merchant-or-all' | 'named' | 'owner'

type TenantFor<S extends TenantSource> = S extends 'none'
  ? undefined
  : S extends 'merchant-or-all'
    ? Tenant | undefined
    : Tenant

/**
 * Input of a control-plane operation. A POST without a body gets `{}` before validation, so an
 * optional body is always there (mount-control.ts refuses an optional body on any other method).
 */
export interface ControlInput<Id extends ControlOperationId, S extends TenantSource> {
  tenant: TenantFor<S>
  query: QueryOf<ControlPlaneOperations[Id]>
  path: PathOf<ControlPlaneOperations[Id]>
  body: JsonOf<ControlPlaneOperations[Id] extends { requestBody?: infer R } ? R : undefined>
}

/** A control-plane handler with the merchant it acts for. */
export type ControlOperation<Id extends ControlOperationId> = {
  [S in TenantSource]: { tenant: S; handle: (input: ControlInput<Id, S>, c: Context<AppEnv>) => Result }
}[TenantSource]

/** Handlers of control-plane operations by operationId. */
export type ControlHandlers = { [Id in ControlOperationId]?: ControlOperation<Id> }
