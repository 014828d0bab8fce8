/**
 * The one HTTP implementation over the engine: the real API under `{base}` (token, orders; settlement
 * when the engine derives it), the control plane under `/__sandbox`. Served over TCP by
 * @hono/node-server, in-process by MSW handlers, and directly by `app.request()` in tests.
 */

import { Hono } from 'hono'
import type { Engine } from '../../packages/engine/src/index.js'
import type { AppEnv } from './env.js'
import { type RateLimitOptions } from './middleware/rate-limit.js'
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
/**
 * Builds the Hono app over an engine.
 * @example const app = createApp(createEngine()); await app.request('/__sandbox/health')
 */
export declare function createApp(engine: Engine, options?: AppOptions): Hono<AppEnv>
