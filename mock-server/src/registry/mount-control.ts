/**
 * Mounts the `/__sandbox` control plane from its generated operation index: per operation one Hono
 * route that reads the body once, validates it once, resolves the merchant it acts for and hands the
 * typed input to the handler. Errors are the control plane's own `{code, message}` bodies.
 */
import { type Engine, SandboxError } from '@npay-sandbox/engine'
import { controlPlaneDocument, controlPlaneOperationIndex } from '@npay-sandbox/schema'
import type { Context, Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { type ControlSecurity, controlSecurity } from '../middleware/control-security.ts'
import { OpenApiValidator } from '../validation/validator.ts'
import { checkHandlers } from './check-handlers.ts'
import { controlTenant, refuseQueryClientId } from './control-tenant.ts'
import { honoPath } from './hono-path.ts'
import { readBody } from './request-body.ts'
import type { ControlHandlers, ControlOperationId, TenantSource } from './types.ts'

/** Control-plane operations deliberately left without a handler: none. */
export const NOT_EMULATED_CONTROL: readonly ControlOperationId[] = []

/** Operations that answer without the admin token: a probe (load balancer, CI wait loop) sees no data. */
export const OPEN_CONTROL_OPERATIONS: readonly ControlOperationId[] = ['health']

type Entry = {
  tenant: TenantSource
  handle: (input: never, c: Context<AppEnv>) => Response | Promise<Response>
}

let sharedValidator: OpenApiValidator | undefined
function controlValidator(): OpenApiValidator {
  sharedValidator ??= new OpenApiValidator(
    controlPlaneDocument as unknown as Record<string, unknown>,
    'control-plane',
  )
  return sharedValidator
}

/**
 * Mounts every operation of `controlPlaneOperationIndex`; throws when `handlers` and the index disagree.
 * Each operation first runs the host check, the cross-site write check and (but the open ones) the admin
 * token (middleware/control-security.ts).
 * @example mountControl(app, engine, controlHandlers(engine))
 */
export function mountControl(
  app: Hono<AppEnv>,
  engine: Engine,
  handlers: ControlHandlers,
  security: ControlSecurity = controlSecurity(),
) {
  checkHandlers('control-plane', controlPlaneOperationIndex, handlers, NOT_EMULATED_CONTROL)
  checkOptionalBodies()
  const validator = controlValidator()
  for (const op of controlPlaneOperationIndex) {
    const entry: Entry | undefined = handlers[op.operationId]
    if (!entry) continue
    const guards = [security.host, security.writes]
    if (!OPEN_CONTROL_OPERATIONS.includes(op.operationId)) guards.push(security.admin)
    const parameters = validator.parameterNames(op.operationId)
    app.on(op.method, [op.path, ...op.aliases].map(honoPath), ...guards, async (c) => {
      const searchParams = new URL(c.req.url).searchParams
      refuseQueryClientId(entry.tenant, op.operationId, parameters, searchParams)
      const body = await readBody(c, op.method, 'json')
      if (body?.kind === 'invalid-json')
        throw new SandboxError(400, 'BAD_REQUEST', 'the request body is not valid JSON')
      const sent = body?.kind === 'json' ? body.value : undefined
      const result = validator.validate(op.operationId, {
        query: searchParams,
        path: c.req.param(),
        body: sent ?? (op.method === 'POST' ? {} : undefined),
      })
      if (!result.ok) {
        const fields = result.invalidInputs.map((i) => `${i.name} (${i.type})`).join(', ')
        throw new SandboxError(400, 'BAD_REQUEST', `invalid request: ${fields}`, {
          invalidInputs: result.invalidInputs,
        })
      }
      const tenant = controlTenant(engine, entry.tenant, result.value)
      c.set('tenant', tenant)
      const { query, path } = result.value
      const input = {
        tenant,
        query,
        path,
        body: validator.hasBody(op.operationId) ? result.value.body : undefined,
      }
      return entry.handle(input as never, c)
    })
  }
}

/**
 * ControlInput types an optional body as present because a bodiless POST gets `{}`: that holds only
 * while every operation with an optional body is a POST.
 */
function checkOptionalBodies() {
  const paths = controlPlaneDocument.paths as unknown as Record<
    string,
    Record<string, { operationId?: string; requestBody?: { required?: boolean } }>
  >
  for (const item of Object.values(paths))
    for (const [method, op] of Object.entries(item))
      if (op.requestBody && !op.requestBody.required && method !== 'post')
        throw new Error(`control plane: ${op.operationId} has an optional body but is not a POST`)
}
