import { controlPlaneOperationIndex } from '@npay-sandbox/schema'

type IndexEntry = (typeof controlPlaneOperationIndex)[number]

/** Where each control-plane operation is served, taken from the control-plane OpenAPI document. */
export type ControlPlaneRoutes = {
  [E in IndexEntry as E['operationId']]: { readonly method: E['method']; readonly path: E['path'] }
}

export const CONTROL_PLANE_ROUTES = Object.fromEntries(
  controlPlaneOperationIndex.map((e) => [e.operationId, { method: e.method, path: e.path }]),
) as unknown as ControlPlaneRoutes
