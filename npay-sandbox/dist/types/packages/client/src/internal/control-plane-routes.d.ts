import { controlPlaneOperationIndex } from '../../../schema/src/index.js'

type IndexEntry = (typeof controlPlaneOperationIndex)[number]
/** Where each control-plane operation is served, taken from the control-plane OpenAPI document. */
export type ControlPlaneRoutes = {
  [E in IndexEntry as E['operationId']]: {
    readonly method: E['method']
    readonly path: E['path']
  }
}
export declare const CONTROL_PLANE_ROUTES: ControlPlaneRoutes
