/**
 * The `msw` target: the client calls the real host of its API through the global fetch (the Npay
 * sandbox host, or the Commerce API host), and MSW answers in-process with the emulator. Proves that
 * code pointed at the real URL runs offline unchanged.
 */
import { createControlPlaneClient } from '@npay-sandbox/client'
import { createSandbox } from '@npay-sandbox/mock-server'
import { API_PROFILE_HOSTS } from '@npay-sandbox/protocol'
import { setupServer } from 'msw/node'
import type { FetchLike } from '../exchange/record-exchange.ts'
import { profileTitle } from '../profiles.ts'
import { altered, type EmulatorTargetOptions } from './inprocess.ts'
import type { Target } from './types.ts'

/**
 * Creates the `msw` target. Unhandled requests are errors, so nothing leaks to the network.
 * @example
 * const target = await createMswTarget()
 * try { await runContracts({ target }) } finally { await target.close() }
 */
export async function createMswTarget(options: EmulatorTargetOptions = {}): Promise<Target> {
  const sandbox = createSandbox({ seed: 1, ...options.sandbox })
  const server = setupServer(...sandbox.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  // Read globalThis.fetch on every call: MSW patches it, and the patch must be the one used.
  const viaGlobal: FetchLike = (request) => globalThis.fetch(request)
  const api = options.api ?? 'npay'
  const baseUrl = API_PROFILE_HOSTS[api].sandboxBaseUrl
  return {
    name: 'msw',
    api,
    description: `fetch to ${baseUrl} intercepted by MSW and answered by the emulator (${profileTitle(api)})`,
    baseUrl,
    fetch: altered(viaGlobal, options.alterResponse),
    // The control plane is not on the real host, so it is reached directly rather than through MSW.
    control: createControlPlaneClient({
      baseUrl: 'http://emulator.test',
      fetch: (request) => sandbox.app.request(request),
    }),
    allowMutations: true,
    close: async () => server.close(),
  }
}
