/**
 * The default target: a fresh engine per scenario file with a frozen clock, reached through the Hono app
 * (`app.request`) by the same typed clients an integrator uses, so every merchant call takes the real
 * API path: authentication, request validation, handlers, envelopes.
 */
import { type FetchLike } from '../../../packages/client/src/index.js'
import { type Engine } from '../../../packages/engine/src/index.js'
import { type ScenarioTarget } from './session.js'
/**
 * A target over in-process engines; `appFetch` builds the app of an engine (mock-server's `createApp`).
 * @example const target = inProcessTarget((engine) => { const app = createApp(engine); return (r) => app.request(r) })
 */
export declare function inProcessTarget(
  appFetch: (engine: Engine) => FetchLike,
  options?: {
    seed?: number
    startTime?: number
  },
): ScenarioTarget
