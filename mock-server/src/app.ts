/**
 * The one HTTP implementation over the engine: the real API under `{base}` (token, orders; settlement
 * when the engine derives it), the control plane under `/__sandbox`. Served over TCP by
 * @hono/node-server, in-process by MSW handlers, and directly by `app.request()` in tests.
 */
import type { Engine } from '@npay-sandbox/engine'
import { createTraceIdGenerator, NpayError } from '@npay-sandbox/protocol'
import { Hono } from 'hono'
import { controlHandlers } from './control/index.ts'
import type { AppEnv } from './env.ts'
import { type ControlSecurityOptions, controlSecurity } from './middleware/control-security.ts'
import { faults } from './middleware/faults.ts'
import { lint } from './middleware/lint.ts'
import { observe } from './middleware/observe.ts'
import { type RateLimitOptions, rateLimit, resolveRateLimit } from './middleware/rate-limit.ts'
import { mountApi, mountControl } from './registry/index.ts'
import { errorResponse, handleError } from './respond.ts'
import { orderHandlers } from './routes/orders.ts'
import { settlementHandlers } from './routes/settlement.ts'
import { tokenHandlers } from './routes/token.ts'
import { persistChanges, type StateSync } from './state-file.ts'
import { useAppTenantState } from './tenant-state.ts'
import { dashboard } from './ui/index.ts'

export interface AppOptions extends ControlSecurityOptions {
  /** Send `X-Npay-Sandbox-Diagnostic` on failed token and auth requests (default true). */
  diagnostics?: boolean
  /** Host part of generated trace ids (default `sbx-npay-sandbox`). */
  traceHost?: string
  /** Gateway rate limiting (facts §6): off unless `enabled` (`npay-sandbox start --realistic`). */
  rateLimit?: RateLimitOptions
  /** How injected latency faults wait (default a timer); tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>
  /** Keep the whole sandbox in this SQLite file, each change written before its response (state-file.ts). */
  stateFile?: string
  /** When a change to `stateFile` is on disk: `full` (default) or `normal` (state-file.ts, StateSync). */
  stateSync?: StateSync
}

/** A default app over a fresh engine, for the control plane's scenario runs (never the server's merchants). */
function freshAppFetch(engine: Engine) {
  const app = createApp(engine)
  return (request: Request) => app.request(request)
}

/**
 * Builds the Hono app over an engine.
 * @example const app = createApp(createEngine()); await app.request('/__sandbox/health')
 */
export function createApp(engine: Engine, options: AppOptions = {}): Hono<AppEnv> {
  const diagnostics = options.diagnostics ?? true
  const security = controlSecurity(options)
  useAppTenantState(engine)
  const app = new Hono<AppEnv>()
  app.use('*', observe(engine, createTraceIdGenerator(options.traceHost)))
  if (options.stateFile) app.use('*', persistChanges(engine, options.stateFile, options.stateSync))
  app.onError((error, c) => handleError(c, error, diagnostics))

  // Every operation of both APIs is an entry of a registry keyed by operationId, mounted from the
  // generated operation indexes (registry/, docs/decisions/0002-operation-registry.md). On the real
  // API the gateway runs in the real gateway's order: find the operation and authenticate, lint the
  // client, rate-limit, inject faults, then validate and handle (middleware/*, issue #8).
  const limit = resolveRateLimit(options.rateLimit, engine.options.wallClock)
  mountControl(app, engine, controlHandlers(engine, freshAppFetch), security)
  mountApi(
    app,
    engine,
    { ...tokenHandlers(engine), ...orderHandlers(engine), ...settlementHandlers() },
    {
      lint: lint(),
      rateLimit: rateLimit(limit, diagnostics),
      faults: faults(engine, { diagnostics, rateLimit: limit, sleep: options.sleep }),
      diagnostics,
    },
  )

  dashboard(app, security.host)
  app.notFound((c) =>
    errorResponse(
      c,
      NpayError.gateway('GW.NOT_FOUND', `no API at ${c.req.method} ${new URL(c.req.url).pathname}`),
      diagnostics,
    ),
  )
  return app
}
