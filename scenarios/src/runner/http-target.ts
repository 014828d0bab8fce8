/**
 * Runs scenarios against a running emulator: each scenario file gets a merchant of its own (created
 * through the control plane), so files never see each other's orders even on a shared server.
 */
import { createControlPlaneClient, type FetchLike } from '@npay-sandbox/client'
import { API_PROFILE_HOSTS, API_PROFILES } from '@npay-sandbox/protocol'
import { mergeCounts } from '../coverage/rows.ts'
import { merchantClient } from './merchant-client.ts'
import { recording, type ScenarioTarget } from './session.ts'

/** The emulator's origin, whether the URL given was the origin or an API base URL (`/npay/partner`, `/external`). */
export function originOf(baseUrl: string): string {
  const url = new URL(baseUrl)
  const path = url.pathname.replace(/\/+$/, '')
  const base = API_PROFILES.map((api) => API_PROFILE_HOSTS[api].basePath).find((b) => path.endsWith(b))
  const root = base ? path.slice(0, -base.length) : path
  return url.origin + root
}

/**
 * A target over the emulator at `baseUrl` (`http://127.0.0.1:8787`, `…/npay/partner` or `…/external`).
 * @example await runScenarios(files, httpTarget('http://127.0.0.1:8787'))
 */
export function httpTarget(baseUrl: string, options: { fetch?: FetchLike } = {}): ScenarioTarget {
  const origin = originOf(baseUrl)
  const inner: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request))
  let sessions = 0
  return {
    name: origin,
    async open({ api = 'npay' } = {}) {
      const rec = recording(inner)
      const control = createControlPlaneClient({ baseUrl: origin, fetch: rec.fetch })
      const merchant = await control.createMerchant({ body: { name: `시나리오 가맹점 ${++sessions}`, api } })
      const merchants = [merchant.clientId]
      let other: string | undefined
      return {
        api: merchantClient(api, merchant, origin, rec.fetch),
        merchantApi: api,
        control,
        clientId: merchant.clientId,
        trackingPrefix: String(100_000 + Math.floor(Math.random() * 900_000)),
        otherMerchant: async () => {
          if (!other) {
            other = (await control.createMerchant({ body: { name: '다른 가맹점', api } })).clientId
            merchants.push(other)
          }
          return other
        },
        last: rec.last,
        async rows() {
          const counts = new Map<string, number>()
          for (const clientId of merchants) {
            const coverage = await control.getCoverage({ clientId })
            mergeCounts(counts, new Map(coverage.rows.map((r) => [r.id, r.count])))
          }
          return counts
        },
        close: async () => {},
      }
    },
  }
}
