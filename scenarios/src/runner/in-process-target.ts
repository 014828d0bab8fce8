/**
 * The default target: a fresh engine per scenario file with a frozen clock, reached through the Hono app
 * (`app.request`) by the same typed clients an integrator uses, so every merchant call takes the real
 * API path: authentication, request validation, handlers, envelopes.
 */
import { createControlPlaneClient, type FetchLike } from '@npay-sandbox/client'
import { createEngine, DEFAULT_MERCHANT, type Engine } from '@npay-sandbox/engine'
import { rowCounts } from '../coverage/rows.ts'
import { DEFAULT_SEED_START } from '../seeds/seed-engine.ts'
import { merchantClient } from './merchant-client.ts'
import { recording, type ScenarioTarget } from './session.ts'

/** An origin no request can leave the process for. */
const ORIGIN = 'http://npay-sandbox.invalid'

/**
 * A target over in-process engines; `appFetch` builds the app of an engine (mock-server's `createApp`).
 * @example const target = inProcessTarget((engine) => { const app = createApp(engine); return (r) => app.request(r) })
 */
export function inProcessTarget(
  appFetch: (engine: Engine) => FetchLike,
  options: { seed?: number; startTime?: number } = {},
): ScenarioTarget {
  return {
    name: 'in-process',
    async open({ api = 'npay' } = {}) {
      // The default merchant speaks the file's API (a Commerce app has a seller id, ncp_sandbox_01).
      const engine = createEngine({
        seed: options.seed ?? 1,
        clock: 'frozen',
        startTime: options.startTime ?? DEFAULT_SEED_START,
        defaultMerchant: { api },
      })
      const rec = recording(appFetch(engine))
      let other: string | undefined
      const { clientId, clientSecret } = DEFAULT_MERCHANT
      return {
        api: merchantClient(api, { clientId, clientSecret }, ORIGIN, rec.fetch),
        merchantApi: api,
        control: createControlPlaneClient({ baseUrl: ORIGIN, fetch: rec.fetch }),
        clientId: DEFAULT_MERCHANT.clientId,
        trackingPrefix: '600000',
        otherMerchant: async () => {
          other ??= engine.createMerchant({ name: '다른 가맹점', api }).clientId
          return other
        },
        last: rec.last,
        rows: async () => rowCounts(engine.merchants().map((m) => engine.tenant(m.clientId))),
        close: async () => {},
      }
    },
  }
}
