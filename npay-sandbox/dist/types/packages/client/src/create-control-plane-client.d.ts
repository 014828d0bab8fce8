import { type Client } from 'openapi-fetch'
import type { ControlPlanePaths } from '../../schema/src/index.js'
import { type ControlPlaneRoutes } from './internal/control-plane-routes.js'
import type {
  MethodsOf,
  OperationInput,
  OperationResult,
  RouteOperation,
} from './internal/operation-types.js'
import type { FetchLike } from './options.js'
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
  /** Headers sent with every call (e.g. an admin token, when the emulator requires one). */
  headers?: Record<string, string>
}
/** A client of the `/__sandbox` control plane: one method per operationId. */
export type ControlPlaneClient = MethodsOf<ControlPlanePaths, ControlPlaneRoutes> & {
  /** The openapi-fetch client underneath. */
  raw: Client<ControlPlanePaths>
}
/**
 * Creates a typed client of the emulator's control plane. Failures throw `SandboxControlError`.
 * @example
 * const sandbox = createControlPlaneClient({ baseUrl: 'http://127.0.0.1:8787' })
 * const merchant = await sandbox.createMerchant({ body: { name: 'test shop' } })
 * await sandbox.advanceClock({ body: { clientId: merchant.clientId, by: '4h' } })
 */
export declare function createControlPlaneClient(options: ControlPlaneClientOptions): ControlPlaneClient
