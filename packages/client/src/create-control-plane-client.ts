import type { ControlPlanePaths } from '@npay-sandbox/schema'
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { callOperation, type LooseClient } from './internal/call-operation.ts'
import { CONTROL_PLANE_ROUTES, type ControlPlaneRoutes } from './internal/control-plane-routes.ts'
import type {
  CallOptions,
  MethodsOf,
  OperationInput,
  OperationResult,
  RouteOperation,
} from './internal/operation-types.ts'
import { checkBaseUrl, resolveFetch } from './internal/resolve-options.ts'
import { serializeQuery } from './internal/serialize-query.ts'
import { toControlError } from './internal/to-control-error.ts'
import type { FetchLike } from './options.ts'

/** operationIds of the emulator's control plane. */
export type ControlPlaneOperationId = keyof ControlPlaneRoutes

type ControlOperation<K extends ControlPlaneOperationId> = RouteOperation<
  ControlPlanePaths,
  ControlPlaneRoutes[K]
>
/** The input object of a control-plane method. */
export type ControlPlaneInput<K extends ControlPlaneOperationId> = OperationInput<ControlOperation<K>>
/** What a control-plane method resolves to. */
export type ControlPlaneResult<K extends ControlPlaneOperationId> = OperationResult<ControlOperation<K>>

/** Options of {@link createControlPlaneClient}. */
export interface ControlPlaneClientOptions {
  /** Origin of the emulator, e.g. `http://127.0.0.1:8787` (the control plane lives under `/__sandbox`). */
  baseUrl: string
  /** Default: `globalThis.fetch`, looked up on every call. */
  fetch?: FetchLike
  /** Headers sent with every call. */
  headers?: Record<string, string>
  /**
   * The emulator's admin token (`npay-sandbox start --admin-token`), sent as `Authorization: Bearer`.
   * Default: none (an emulator on loopback asks for none).
   */
  adminToken?: string
}

/** A client of the `/__sandbox` control plane: one method per operationId. */
export type ControlPlaneClient = MethodsOf<ControlPlanePaths, ControlPlaneRoutes> & {
  /** The openapi-fetch client underneath. */
  raw: Client<ControlPlanePaths>
}

/**
 * Every state-changing call says `content-type: application/json`, bodiless ones too: the emulator refuses
 * other writes, which a web page on another site could send without asking the browser first.
 */
function controlPlaneHeaders(adminToken: string | undefined): Middleware {
  return {
    onRequest({ request }) {
      const write = request.method !== 'GET' && request.method !== 'HEAD'
      if (write && !request.headers.has('content-type'))
        request.headers.set('content-type', 'application/json')
      if (adminToken !== undefined && !request.headers.has('authorization'))
        request.headers.set('authorization', `Bearer ${adminToken}`)
      return request
    },
  }
}

/**
 * Creates a typed client of the emulator's control plane. Failures throw `SandboxControlError`.
 * @example
 * const sandbox = createControlPlaneClient({ baseUrl: 'http://127.0.0.1:8787' })
 * // a shared server started with --admin-token: createControlPlaneClient({ baseUrl, adminToken })
 * const merchant = await sandbox.createMerchant({ body: { name: 'test shop' } })
 * await sandbox.advanceClock({ body: { clientId: merchant.clientId, by: '4h' } })
 */
export function createControlPlaneClient(options: ControlPlaneClientOptions): ControlPlaneClient {
  const baseUrl = checkBaseUrl(options.baseUrl)
  const raw = createClient<ControlPlanePaths>({
    baseUrl,
    fetch: resolveFetch(options.fetch),
    querySerializer: serializeQuery,
    ...(options.headers ? { headers: options.headers } : {}),
  })
  raw.use(controlPlaneHeaders(options.adminToken))
  const loose = raw as unknown as LooseClient
  const methods: Record<string, unknown> = {}
  for (const [operationId, route] of Object.entries(CONTROL_PLANE_ROUTES)) {
    methods[operationId] = (input?: Record<string, unknown>, callOptions?: CallOptions) =>
      callOperation(loose, route, input, callOptions, toControlError)
  }
  return Object.assign(methods as MethodsOf<ControlPlanePaths, ControlPlaneRoutes>, { raw })
}
