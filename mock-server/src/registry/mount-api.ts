/**
 * Mounts the real API from its generated operation index: one Hono route per operation (and alias),
 * each a chain in the real gateway's order — admit (read the body once, authenticate once) → lint →
 * rate limit → faults → dispatch (validate once, hand the typed input to the handler).
 */
import { type Engine, isMerchantAction, type Tenant } from '@npay-sandbox/engine'
import { type ApiProfile, DIAGNOSTIC_HEADER, type InvalidInput, NpayError } from '@npay-sandbox/protocol'
import type { AnyOperationIndexEntry } from '@npay-sandbox/schema'
import type { Context, Hono, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { sentBody } from '../respond.ts'
import { OpenApiValidator, type ValidatedRequest } from '../validation/validator.ts'
import { checkHandlers } from './check-handlers.ts'
import { honoPath } from './hono-path.ts'
import { knownMerchant, tokenHolder } from './known-merchant.ts'
import { isSettlementPath, SERVED_PROFILES, type ServedProfile } from './profiles.ts'
import { refusalDiagnostic } from './refusal-diagnostic.ts'
import { readBody } from './request-body.ts'
import type { ApiHandlers, ApiOperationId, TokenParameters } from './types.ts'

/**
 * Operations of each API deliberately left without a handler (they answer 404 GW.NOT_FOUND).
 */
export const NOT_EMULATED_API: Readonly<Record<ApiProfile, readonly ApiOperationId[]>> = {
  npay: [],
  commerce: [],
}

/** The gateway steps between admission and dispatch, in the real gateway's order. */
export interface ApiGateway {
  lint: MiddlewareHandler<AppEnv>
  rateLimit: MiddlewareHandler<AppEnv>
  faults: MiddlewareHandler<AppEnv>
  /**
   * Whether the handlers' own explanations (a refused merchant action) also go in the
   * `X-Npay-Sandbox-Diagnostic` header, as the app's `diagnostics` option says; the journal always has them.
   * Default false.
   */
  diagnostics?: boolean
}

type Handle = (input: unknown, c: Context<AppEnv>) => Response | Promise<Response>

const TOKEN_FIELDS = [
  'client_id',
  'timestamp',
  'grant_type',
  'client_secret_sign',
  'type',
  'account_id',
] as const

const sharedValidators = new Map<ApiProfile, OpenApiValidator>()
/** A profile's validator compiles operations on first use and is shared by every app of the process. */
function apiValidator(profile: ServedProfile): OpenApiValidator {
  let validator = sharedValidators.get(profile.api)
  if (!validator) {
    validator = new OpenApiValidator(profile.document, `${profile.api}-api`)
    sharedValidators.set(profile.api, validator)
  }
  return validator
}

/**
 * Mounts every operation of each profile's index under its base path (SERVED_PROFILES), then a
 * catch-all that answers anything else under it with 404 `GW.NOT_FOUND` (after a fault header, if one
 * is sent), dated on the caller's merchant's clock when the caller names one
 * (registry/known-merchant.ts). Throws when `handlers` and an index disagree (see checkHandlers).
 * @example mountApi(app, engine, { ...tokenHandlers(engine), ...orderHandlers(engine) }, gateway)
 */
export function mountApi(app: Hono<AppEnv>, engine: Engine, handlers: ApiHandlers, gateway: ApiGateway) {
  for (const profile of SERVED_PROFILES) mountProfile(app, engine, profile, handlers, gateway)
}

function mountProfile(
  app: Hono<AppEnv>,
  engine: Engine,
  profile: ServedProfile,
  handlers: ApiHandlers,
  gateway: ApiGateway,
) {
  const ids = new Set<string>(profile.index.map((op) => op.operationId))
  // A handler of an operation no API has is reported with the default profile's check.
  const mine = (id: string) =>
    ids.has(id) ||
    (profile === SERVED_PROFILES[0] &&
      !SERVED_PROFILES.some((p) => p.index.some((op) => op.operationId === id)))
  const own = Object.fromEntries(Object.entries(handlers).filter(([id]) => mine(id)))
  checkHandlers(`${profile.api}-api`, profile.index, own, NOT_EMULATED_API[profile.api])
  const steps = [gateway.lint, gateway.rateLimit, gateway.faults]
  for (const op of profile.index) {
    const handle: Handle | undefined = own[op.operationId] as Handle | undefined
    if (!handle) continue
    const paths = [op.path, ...op.aliases].map((path) => profile.basePath + honoPath(path))
    const run = dispatch(op, profile.api, handle, apiValidator(profile), gateway.diagnostics ?? false)
    app.on(op.method, paths, admit(engine, op, profile.api), ...steps, run)
  }
  app.all(
    `${profile.basePath}/*`,
    async (c, next) => {
      await readBody(c, c.req.method, 'text')
      await next()
    },
    gateway.faults,
    async (c, next) => {
      c.set('tenant', knownMerchant(engine, c.req.header('authorization'), new URL(c.req.url).searchParams))
      await next()
    },
  )
}

/**
 * Reads the body once and finds the merchant app: `client_id` for the token, else the bearer token
 * (401 GW.AUTHN). An app of the other API is unknown here.
 */
function admit(engine: Engine, op: AnyOperationIndexEntry, api: ApiProfile): MiddlewareHandler<AppEnv> {
  const isToken = op.operationId === 'issueToken'
  return async (c, next) => {
    c.set('operation', op)
    const body = await readBody(c, op.method, isToken ? 'form' : 'json')
    if (isToken) {
      const clientId = tokenParameters(c, body?.kind === 'form' ? body.form : undefined).client_id
      const tenant = clientId ? engine.findTenant(clientId) : undefined
      if (tenant && (tenant.merchant.api ?? 'npay') === api) c.set('tenant', tenant)
    } else {
      const authorization = c.req.header('authorization')
      try {
        c.set('tenant', engine.authenticate(authorization, api))
      } catch (error) {
        // A merchant's own expired token still names the merchant: its 401 is dated on its clock.
        c.set('tenant', tokenHolder(engine, authorization))
        throw error
      }
    }
    await next()
  }
}

function tokenParameters(c: Context<AppEnv>, form: URLSearchParams | undefined): TokenParameters {
  const query = new URL(c.req.url).searchParams
  const params: TokenParameters = {}
  for (const name of TOKEN_FIELDS) params[name] = form?.get(name) ?? query.get(name) ?? undefined
  return params
}

/**
 * Validates the request against the operation's schema and calls the handler. The token endpoint is
 * the exception: its parameters go to the engine's token rules, whose errors are the endpoint's own.
 */
function dispatch(
  op: AnyOperationIndexEntry,
  api: ApiProfile,
  handle: Handle,
  validator: OpenApiValidator,
  diagnostics: boolean,
): MiddlewareHandler<AppEnv> {
  return async (c) => {
    const body = c.get('requestBody')
    if (op.operationId === 'issueToken')
      return handle(
        {
          tenant: c.get('tenant'),
          params: tokenParameters(c, body?.kind === 'form' ? body.form : undefined),
          api,
        },
        c,
      )
    const tenant: Tenant | undefined = c.get('tenant')
    if (!tenant) throw new Error(`${op.operationId} reached its handler unauthenticated`)
    tenant.tick()
    if (body?.kind === 'invalid-json') throw unreadableBody()
    const result = validator.validate(op.operationId, {
      query: new URL(c.req.url).searchParams,
      path: c.req.param(),
      body: body?.kind === 'json' ? body.value : undefined,
    })
    if (!result.ok) throw invalidRequest(op, result.invalidInputs)
    const res = await handle(inputOf(tenant, result.value, validator.hasBody(op.operationId)), c)
    if (isMerchantAction(op.operationId)) explainRefusals(c, tenant, op.operationId, res, diagnostics)
    return res
  }
}

/** A merchant action's refused items, explained in the journal (and the header when diagnostics are on). */
function explainRefusals(
  c: Context<AppEnv>,
  tenant: Tenant,
  action: string,
  res: Response,
  diagnostics: boolean,
) {
  const text = sentBody(res)
  if (!text?.includes('"failProductOrderInfos":[{')) return
  const diagnostic = refusalDiagnostic(tenant, action, JSON.parse(text))
  if (!diagnostic) return
  c.set('diagnostic', diagnostic)
  if (diagnostics) res.headers.set(DIAGNOSTIC_HEADER, headerSafe(diagnostic))
}

/** Header values must be Latin-1: anything else is percent-encoded (as respond.ts does). */
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e]/g, (ch) => encodeURIComponent(ch))

function inputOf(tenant: Tenant, request: ValidatedRequest, hasBody: boolean) {
  return { tenant, query: request.query, path: request.path, body: hasBody ? request.body : undefined }
}

function unreadableBody(): NpayError {
  return NpayError.order('4000', {
    invalidInputs: [{ name: 'body', type: 'typeMismatch', message: '잘못된 값입니다.' }],
    diagnostic: 'the request body is not valid JSON',
  })
}

function invalidRequest(op: AnyOperationIndexEntry, invalidInputs: InvalidInput[]): NpayError {
  if (isSettlementPath(op.path)) return NpayError.settlement('BAD_REQUEST', invalidInputs)
  return NpayError.order('4000', {
    invalidInputs,
    diagnostic: `invalid request: ${invalidInputs.map((i) => `${i.name} (${i.type})`).join(', ')}`,
  })
}
