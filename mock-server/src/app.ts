/**
 * The one HTTP implementation over the engine: the real API under `{base}` (token, orders; settlement
 * when the engine derives it), the control plane under `/__sandbox`. Served over TCP by
 * @hono/node-server, in-process by MSW handlers, and directly by `app.request()` in tests.
 */
import type { Engine } from '@npay-sandbox/engine'
import { BASE_PATH, createTraceIdGenerator, NpayError } from '@npay-sandbox/protocol'
import { npayApiDocument, operationIndex } from '@npay-sandbox/schema'
import { Hono } from 'hono'
import { controlPlane } from './control/index.ts'
import type { AppEnv } from './env.ts'
import { faults } from './middleware/faults.ts'
import { lint } from './middleware/lint.ts'
import { observe } from './middleware/observe.ts'
import { resolveOperation } from './middleware/operation.ts'
import { type RateLimitOptions, rateLimit, resolveRateLimit } from './middleware/rate-limit.ts'
import { errorResponse, handleError, readJson } from './respond.ts'
import { type OperationHandler, orderHandlers } from './routes/orders.ts'
import { settlementHandlers } from './routes/settlement.ts'
import { tokenRoute } from './routes/token.ts'
import { persistChanges } from './state-file.ts'
import { useAppTenantState } from './tenant-state.ts'
import { dashboard } from './ui/index.ts'
import { OpenApiValidator } from './validation/validator.ts'

export interface AppOptions {
  /** Send `X-Npay-Sandbox-Diagnostic` on failed token and auth requests (default true). */
  diagnostics?: boolean
  /** Host part of generated trace ids (default `sbx-npay-sandbox`). */
  traceHost?: string
  /** Gateway rate limiting (facts §6): off unless `enabled` (`npay-sandbox start --realistic`). */
  rateLimit?: RateLimitOptions
  /** How injected latency faults wait (default a timer); tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>
  /** Keep the whole sandbox in this file, written atomically after every change (see state-file.ts). */
  stateFile?: string
}

let sharedValidator: OpenApiValidator | undefined
/** The validator compiles the whole document once per process; apps share it. */
function apiValidator(): OpenApiValidator {
  sharedValidator ??= new OpenApiValidator(npayApiDocument as unknown as Record<string, unknown>, 'npay-api')
  return sharedValidator
}

const honoPath = (template: string) => template.replace(/\{(\w+)\}/g, ':$1')

/**
 * Builds the Hono app over an engine.
 * @example const app = createApp(createEngine()); await app.request('/__sandbox/health')
 */
export function createApp(engine: Engine, options: AppOptions = {}): Hono<AppEnv> {
  const diagnostics = options.diagnostics ?? true
  useAppTenantState(engine)
  const app = new Hono<AppEnv>()
  const validator = apiValidator()
  app.use('*', observe(engine, createTraceIdGenerator(options.traceHost)))
  if (options.stateFile) app.use('*', persistChanges(engine, options.stateFile))
  app.onError((error, c) => handleError(c, error, diagnostics))

  // Gateway behaviour on the real API paths, in the real gateway's order: find the operation and
  // authenticate, lint the client, rate-limit, then inject faults (middleware/*, issue #8).
  const limit = resolveRateLimit(options.rateLimit, engine.options.wallClock)
  app.use(`${BASE_PATH}/*`, resolveOperation(engine))
  app.use(`${BASE_PATH}/*`, lint())
  app.use(`${BASE_PATH}/*`, rateLimit(limit, diagnostics))
  app.use(`${BASE_PATH}/*`, faults(engine, { diagnostics, rateLimit: limit, sleep: options.sleep }))

  controlPlane(app, engine)
  tokenRoute(app, BASE_PATH, engine)

  const handlers: Record<string, OperationHandler> = {
    ...orderHandlers(engine),
    ...settlementHandlers(engine),
  }
  for (const op of operationIndex) {
    const handler = handlers[op.operationId]
    if (!handler) continue
    for (const path of [op.path, ...op.aliases]) {
      app.on(op.method, BASE_PATH + honoPath(path), async (c) => {
        c.set('tenant', engine.authenticate(c.req.header('authorization')))
        c.get('tenant')!.tick()
        const body = op.method === 'GET' ? undefined : await readJson(c)
        const result = validator.validate(op.operationId, {
          query: new URL(c.req.url).searchParams,
          path: c.req.param() as Record<string, string>,
          body,
        })
        if (!result.ok) {
          const isSettlement = op.path.startsWith('/v1/pay-settle-mall/')
          throw isSettlement
            ? NpayError.settlement('BAD_REQUEST', result.invalidInputs)
            : NpayError.order('4000', {
                invalidInputs: result.invalidInputs,
                diagnostic: `invalid request: ${result.invalidInputs.map((i) => `${i.name} (${i.type})`).join(', ')}`,
              })
        }
        return handler(c, result.value)
      })
    }
  }

  dashboard(app)
  app.notFound((c) =>
    errorResponse(
      c,
      NpayError.gateway('GW.NOT_FOUND', `no API at ${c.req.method} ${new URL(c.req.url).pathname}`),
      diagnostics,
    ),
  )
  return app
}
