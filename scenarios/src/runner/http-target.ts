/**
 * Runs scenarios against a running emulator: each scenario file gets a merchant of its own (created
 * through the control plane), so files never see each other's orders even on a shared server.
 */
import { createControlPlaneClient, createNpayClient, type FetchLike } from '@npay-sandbox/client'
import { BASE_PATH } from '@npay-sandbox/protocol'
import { mergeCounts } from '../coverage/rows.ts'
import { recording, type ScenarioTarget } from './session.ts'

/** The emulator's origin, whether the URL given was the origin or the API base URL. */
export function originOf(baseUrl: string): string {
  const url = new URL(baseUrl)
  const path = url.pathname.replace(/\/+$/, '')
  const root = path.endsWith(BASE_PATH) ? path.slice(0, -BASE_PATH.length) : path
  return url.origin + root
}

/**
 * A target over the emulator at `baseUrl` (`http://127.0.0.1:8787` or `…/npay/partner`).
 * @example await runScenarios(files, httpTarget('http://127.0.0.1:8787'))
 */
export function httpTarget(baseUrl: string, options: { fetch?: FetchLike } = {}): ScenarioTarget {
  const origin = originOf(baseUrl)
  const inner: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request))
  let sessions = 0
  return {
    name: origin,
    async open() {
      const rec = recording(inner)
      const control = createControlPlaneClient({ baseUrl: origin, fetch: rec.fetch })
      const merchant = await control.createMerchant({ body: { name: `시나리오 가맹점 ${++sessions}` } })
      const merchants = [merchant.clientId]
      let other: string | undefined
      return {
        api: createNpayClient({
          clientId: merchant.clientId,
          clientSecret: merchant.clientSecret,
          baseUrl: origin + BASE_PATH,
          fetch: rec.fetch,
        }),
        control,
        clientId: merchant.clientId,
        trackingPrefix: String(100_000 + Math.floor(Math.random() * 900_000)),
        otherMerchant: async () => {
          if (!other) {
            other = (await control.createMerchant({ body: { name: '다른 가맹점' } })).clientId
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
