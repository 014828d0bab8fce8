/**
 * Creates a typed client of the Naver Pay partner API (the emulator or the real host): signing, a token
 * cache with the real reuse rule, one re-issue and retry on 401 `GW.AUTHN`, typed errors.
 * @example
 * import { createNpayClient } from './index.js'
 * const npay = createNpayClient({ clientId, clientSecret, baseUrl: 'http://127.0.0.1:8787/npay/partner' })
 * const ids = await npay.getProductOrderIds({ orderId: '2024060712345678' }) // { timestamp, traceId, data: string[] }
 */
/**
 * The control-plane client, its options, operationIds, and the input and result of each method.
 * @example
 * import type { ControlPlaneClient, ControlPlaneResult } from './index.js'
 * type Inspection = ControlPlaneResult<'inspectProductOrder'>
 * const deliver = (s: ControlPlaneClient, id: string) => s.applyEvent({ productOrderId: id, event: 'deliver' })
 */
export type {
  ControlPlaneClient,
  ControlPlaneClientOptions,
  ControlPlaneInput,
  ControlPlaneOperationId,
  ControlPlaneResult,
} from './create-control-plane-client.js'
/**
 * Creates a typed client of the emulator's `/__sandbox` control plane (merchants, orders, events, clock,
 * request journal, reset).
 * @example
 * import { createControlPlaneClient } from './index.js'
 * const sandbox = createControlPlaneClient({ baseUrl: 'http://127.0.0.1:8787' })
 * const { clientId, clientSecret } = await sandbox.createMerchant({ body: { name: 'test shop' } })
 */
export { createControlPlaneClient } from './create-control-plane-client.js'
/**
 * The client returned by `createNpayClient`, its operationIds, and the input and result of each method.
 * @example
 * import type { NpayClient, NpayOperationResult } from './index.js'
 * type Changes = NpayOperationResult<'getLastChangedStatuses'>['data']
 * const poll = (npay: NpayClient, from: string) => npay.getLastChangedStatuses({ lastChangedFrom: from })
 */
export type {
  NpayClient,
  NpayOperationId,
  NpayOperationInput,
  NpayOperationResult,
} from './create-npay-client.js'
export { createNpayClient } from './create-npay-client.js'
/**
 * Types carried by `NpayApiError`.
 * @example
 * import type { ErrorFamily, InvalidInput } from './index.js'
 * const fields = (inputs: InvalidInput[] = []) => inputs.map((i) => i.name)
 */
export type { ErrorFamily, InvalidInput, NpayApiErrorInit } from './errors.js'
/**
 * Error classes of the real API: `NpayApiError` and one subclass per envelope family (gateway `GW.*`,
 * order service, settlement, token endpoint).
 * @example
 * import { NpayApiError, NpayGatewayError } from './index.js'
 * try { await npay.dispatchProductOrders({ body }) } catch (e) {
 *   if (e instanceof NpayGatewayError && e.code === 'GW.RATE_LIMIT') await sleep(1_000)
 *   else if (e instanceof NpayApiError) console.error(e.status, e.code, e.message, e.traceId, e.invalidInputs)
 * }
 */
/**
 * The error of a control-plane call; a 409 `EVENT_NOT_ALLOWED` lists `allowedEvents`.
 * @example
 * import { SandboxControlError } from './index.js'
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
} from './errors.js'
/**
 * Per-call options (abort signal, extra headers) and the token endpoint's body.
 * @example
 * import type { CallOptions, TokenResponse } from './index.js'
 * const options: CallOptions = { signal: AbortSignal.timeout(5_000) }
 * const show = (t: TokenResponse) => `${t.token_type} expires in ${t.expires_in}s`
 */
export type { CallOptions } from './internal/operation-types.js'
export type { TokenResponse } from './internal/token-cache.js'
/**
 * Options of `createNpayClient` and the fetch shape both clients accept (a Hono `app.fetch` fits).
 * @example
 * import type { NpayClientOptions } from './index.js'
 * const options: NpayClientOptions = { clientId, clientSecret, now: () => clock.now(), timestampSkewMs: 3_000 }
 */
export type { FetchLike, NpayClientOptions } from './options.js'
