import type { FetchLike } from '../exchange/record-exchange.js'
import type { Fixtures } from '../provider-states/fixtures.js'
import type { Target } from './types.js'
/** Default spacing of requests to a real host: 2 per second. */
export declare const DEFAULT_SANDBOX_PACE_MS = 500
export interface SandboxTargetOptions {
  /** Default: the real sandbox host. */
  baseUrl?: string
  clientId: string
  clientSecret: string
  fixtures?: Fixtures
  /** Run cases that change product orders (they consume fixtures). Default false. */
  allowMutations?: boolean
  /** Minimum milliseconds between two requests. Default {@link DEFAULT_SANDBOX_PACE_MS}. */
  paceMs?: number
  /** Default: the global fetch, read on every call. */
  fetch?: FetchLike
}
/**
 * Creates the `sandbox` target. Credentials are checked here, before any request.
 * @example
 * const target = createSandboxTarget({ clientId, clientSecret, fixtures, allowMutations: true })
 */
export declare function createSandboxTarget(options: SandboxTargetOptions): Target
