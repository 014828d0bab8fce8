/**
 * `npay-sandbox/client`: the typed client of the Naver Pay partner API (bcrypt signing, the real token
 * reuse rules, one re-issue on 401 GW.AUTHN, typed errors) and the typed client of the control plane.
 * @example
 * import { createNpayClient } from 'npay-sandbox/client'
 * const npay = createNpayClient({ clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/npay/partner' })
 * const { data } = await npay.lastChangedStatuses({ query: { lastChangedFrom: '2026-12-01T00:00:00.000+09:00' } })
 */
export * from '../../packages/client/src/index.js'
