/**
 * Creates a typed client of the Naver Pay partner API (the emulator or the real host): signing, a token
 * cache with the real reuse rule, one re-issue and retry on 401 `GW.AUTHN`, typed errors.
 * @example
 * import { createNpayClient } from '@npay-sandbox/client'
 * const npay = createNpayClient({ clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/npay/partner' })
 * const ids = await npay.getProductOrderIds({ orderId: '2024060712345678' }) // { timestamp, traceId, data: string[] }
 * // The Commerce API (smartstore sellers): seller paths at https://api.commerce.naver.com/external, type=SELF
 * const seller = createNpayClient({ api: 'commerce', clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/external' })
 */

/**
 * The API profiles a client can speak (`'npay' | 'commerce'`).
 * @example
 * import type { ApiProfile } from '@npay-sandbox/client'
 * const api: ApiProfile = process.argv.includes('--commerce') ? 'commerce' : 'npay'
 */
export type { ApiProfile } from '@npay-sandbox/protocol'
/**
 * The control-plane client, its options, operationIds, and the input and result of each method.
 * @example
 * import type { ControlPlaneClient, ControlPlaneResult } from '@npay-sandbox/client'
 * type Inspection = ControlPlaneResult<'inspectProductOrder'>
 * const deliver = (s: ControlPlaneClient, id: string) => s.applyEvent({ productOrderId: id, event: 'deliver' })
 */
export type {
  ControlPlaneClient,
  ControlPlaneClientOptions,
  ControlPlaneInput,
  ControlPlaneOperationId,
  ControlPlaneResult,
} from './create-control-plane-client.ts'
/**
 * Creates a typed client of the emulator's `/__sandbox` control plane (merchants, orders, events, clock,
 * request journal, reset).
 * @example
 * import { createControlPlaneClient } from '@npay-sandbox/client'
 * const sandbox = createControlPlaneClient({ baseUrl: 'http://127.0.0.1:8787' })
 * const { clientId, clientSecret } = await sandbox.createMerchant({ body: { name: 'test shop' } })
 */
export { createControlPlaneClient } from './create-control-plane-client.ts'
/**
 * The client returned by `createNpayClient`, its operationIds, and the input and result of each method.
 * Each takes the API profile as a last type argument: `'npay'` (default), `'commerce'`, or `ApiProfile`
 * for code written once for both (the operations both APIs have).
 * @example
 * import type { CommerceClient, NpayClient, NpayOperationResult } from '@npay-sandbox/client'
 * type Changes = NpayOperationResult<'getLastChangedStatuses'>['data']
 * const poll = (npay: NpayClient, from: string) => npay.getLastChangedStatuses({ lastChangedFrom: from })
 * const hope = (seller: CommerceClient, productOrderId: string) =>
 *   seller.changeHopeDelivery({ productOrderId, body: { hopeDeliveryYmd: '20240620', changeReason: '고객 요청' } })
 */
export type {
  CommerceClient,
  NpayClient,
  NpayOperationId,
  NpayOperationInput,
  NpayOperationResult,
} from './create-npay-client.ts'
export { createNpayClient } from './create-npay-client.ts'
/**
 * Types carried by `NpayApiError`.
 * @example
 * import type { ErrorFamily, InvalidInput } from '@npay-sandbox/client'
 * const fields = (inputs: InvalidInput[] = []) => inputs.map((i) => i.name)
 */
export type { ErrorFamily, InvalidInput, NpayApiErrorInit } from './errors.ts'
/**
 * Error classes of the real API: `NpayApiError` and one subclass per envelope family (gateway `GW.*`,
 * order service, settlement, token endpoint).
 * @example
 * import { NpayApiError, NpayGatewayError } from '@npay-sandbox/client'
 * try { await npay.dispatchProductOrders({ body }) } catch (e) {
 *   if (e instanceof NpayGatewayError && e.code === 'GW.RATE_LIMIT') await sleep(1_000)
 *   else if (e instanceof NpayApiError) console.error(e.status, e.code, e.message, e.traceId, e.invalidInputs)
 * }
 */
/**
 * The error of a control-plane call; a 409 `EVENT_NOT_ALLOWED` lists `allowedEvents`.
 * @example
 * import { SandboxControlError } from '@npay-sandbox/client'
 * try { await sandbox.applyEvent({ productOrderId, event: 'deliver' }) } catch (e) {
 *   if (e instanceof SandboxControlError && e.status === 409) console.log(e.allowedEvents)
 * }
 */
export {
  NpayApiError,
  NpayGatewayError,
  NpayOrderError,
  NpaySettlementError,
  NpayTokenError,
  SandboxControlError,
} from './errors.ts'
/**
 * Per-call options (abort signal, extra headers) and the token endpoint's body.
 * @example
 * import type { CallOptions, TokenResponse } from '@npay-sandbox/client'
 * const options: CallOptions = { signal: AbortSignal.timeout(5_000) }
 * const show = (t: TokenResponse) => `${t.token_type} expires in ${t.expires_in}s`
 */
export type { CallOptions } from './internal/operation-types.ts'
export type { TokenResponse } from './internal/token-cache.ts'
/**
 * Options of `createNpayClient` and the fetch shape both clients accept (a Hono `app.fetch` fits).
 * @example
 * import type { NpayClientOptions } from '@npay-sandbox/client'
 * const options: NpayClientOptions = { clientId, clientSecret, now: () => clock.now(), timestampSkewMs: 3_000 }
 */
export type { FetchLike, NpayClientOptions } from './options.ts'
/**
 * A fetch that adds the emulator's admin token to its control-plane requests only, for code that shares one
 * fetch between a control-plane client and an API client (scenario targets, recorders).
 * @example
 * import { withAdminToken } from '@npay-sandbox/client'
 * const fetch = withAdminToken((r) => globalThis.fetch(r), 'http://qa.internal:8787', 's3cret')
 */
export { withAdminToken } from './with-admin-token.ts'
