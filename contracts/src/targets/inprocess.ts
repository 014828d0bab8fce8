/** The `inprocess` target: the emulator's Hono app called through `app.request`, no network at all. */
import { createControlPlaneClient } from '@npay-sandbox/client'
import { createSandbox, type SandboxOptions } from '@npay-sandbox/mock-server'
import type { ApiProfile } from '@npay-sandbox/protocol'
import type { FetchLike } from '../exchange/record-exchange.ts'
import { emulatorBaseUrl, profileTitle } from '../profiles.ts'
import type { Target } from './types.ts'

const ORIGIN = 'http://emulator.test'

/** Options of the emulator targets. */
export interface EmulatorTargetOptions {
  /** Which API the target's merchants speak (each case's merchant is created so). Default `npay`. */
  api?: ApiProfile
  /** Passed to `createSandbox` (seed, clock, …). */
  sandbox?: SandboxOptions
  /**
   * Rewrites every API response before the client sees it. Tests use it to plant drift in an otherwise
   * faithful emulator; nothing else should.
   */
  alterResponse?: (request: Request, response: Response) => Response | Promise<Response>
}

/**
 * Creates the `inprocess` target.
 * @example
 * const target = await createInprocessTarget()
 * const report = await runContracts({ target })
 * const commerce = await createInprocessTarget({ api: 'commerce' }) // seller paths under /external
 */
export async function createInprocessTarget(options: EmulatorTargetOptions = {}): Promise<Target> {
  const sandbox = createSandbox({ seed: 1, ...options.sandbox })
  const app: FetchLike = (request) => sandbox.app.request(request)
  const api = options.api ?? 'npay'
  return {
    name: 'inprocess',
    api,
    description: `the emulator in this process, through app.request (${profileTitle(api)})`,
    baseUrl: emulatorBaseUrl(ORIGIN, api),
    fetch: altered(app, options.alterResponse),
    control: createControlPlaneClient({ baseUrl: ORIGIN, fetch: app }),
    allowMutations: true,
    close: async () => {},
  }
}

/**
 * Applies an optional response rewrite to a fetch.
 * @example altered(fetch, undefined) === fetch // true
 */
export function altered(fetch: FetchLike, alter: EmulatorTargetOptions['alterResponse']): FetchLike {
  if (!alter) return fetch
  return async (request) => alter(request, await fetch(request.clone()))
}
