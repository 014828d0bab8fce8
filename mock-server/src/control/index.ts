/**
 * The control plane under `/__sandbox` (documented in packages/schema/openapi/control-plane.yaml):
 * play the buyer, the carrier and the clock; create merchants and orders; read the journal.
 */
import type { Engine } from '@npay-sandbox/engine'
import { SandboxError } from '@npay-sandbox/engine'
import { controlPlaneDocument } from '@npay-sandbox/schema'
import type { Context, Hono } from 'hono'
import manifest from '../../package.json' with { type: 'json' }
import type { AppEnv } from '../env.ts'
import { json } from '../respond.ts'
import { OpenApiValidator, type ValidatedRequest } from '../validation/validator.ts'
import { clockRoutes } from './clock.ts'
import { faultRoutes } from './faults.ts'
import { lintRoutes } from './lint.ts'
import { merchantRoutes } from './merchants.ts'
import { orderRoutes } from './orders.ts'
import { requestRoutes } from './requests.ts'
import { reviewRoutes } from './reviews.ts'
import { scenarioRunRoutes } from './scenario-runs.ts'
import { scenarioRoutes } from './scenarios.ts'
import { stateRoutes } from './state.ts'
import { uiSupportRoutes } from './ui-support.ts'

export type ControlHandler = (c: Context<AppEnv>, req: ValidatedRequest) => Response | Promise<Response>
export type Register = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  operationId: string,
  handler: ControlHandler,
) => void

let sharedValidator: OpenApiValidator | undefined

export function controlPlane(app: Hono<AppEnv>, engine: Engine) {
  sharedValidator ??= new OpenApiValidator(
    controlPlaneDocument as unknown as Record<string, unknown>,
    'control-plane',
  )
  const validator = sharedValidator
  const register: Register = (method, path, operationId, handler) => {
    app.on(method, path, async (c) => {
      const text = method === 'GET' ? '' : await c.req.text()
      let body: unknown
      try {
        body = text.trim() ? JSON.parse(text) : undefined
      } catch {
        throw new SandboxError(400, 'BAD_REQUEST', 'the request body is not valid JSON')
      }
      const result = validator.validate(operationId, {
        query: new URL(c.req.url).searchParams,
        path: c.req.param() as Record<string, string>,
        body: body ?? (validator.has(operationId) && method === 'POST' ? {} : undefined),
      })
      if (!result.ok) {
        const fields = result.invalidInputs.map((i) => `${i.name} (${i.type})`).join(', ')
        throw new SandboxError(400, 'BAD_REQUEST', `invalid request: ${fields}`, {
          invalidInputs: result.invalidInputs,
        })
      }
      return handler(c, result.value)
    })
  }
  merchantRoutes(register, engine)
  orderRoutes(register, engine)
  clockRoutes(register, engine)
  requestRoutes(register, engine)
  reviewRoutes(register, engine)
  faultRoutes(register, engine)
  lintRoutes(register, engine)
  scenarioRoutes(register, engine)
  scenarioRunRoutes(register, engine)
  stateRoutes(register, engine)
  uiSupportRoutes(register, engine)
  const started = Date.now()
  register('GET', '/__sandbox/health', 'health', (c) =>
    json(
      c,
      {
        status: 'ok',
        version: manifest.version,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
        merchants: engine.merchants().length,
      },
      200,
    ),
  )
  register('POST', '/__sandbox/reset', 'reset', (c, req) => {
    engine.reset((req.body as { clientId?: string } | undefined)?.clientId)
    return json(c, { reset: true }, 200)
  })
}

/** The tenant named by a `clientId` (query or body), the default merchant's when omitted. */
export function tenantOf(engine: Engine, c: Context<AppEnv>, clientId: unknown) {
  const tenant = engine.tenant(typeof clientId === 'string' ? clientId : undefined)
  c.set('tenant', tenant)
  return tenant
}
