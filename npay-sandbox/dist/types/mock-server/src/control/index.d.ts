/**
 * The control plane under `/__sandbox` (documented in packages/schema/openapi/control-plane.yaml):
 * play the buyer, the carrier and the clock; create merchants and orders; read the journal.
 */

import type { Context, Hono } from 'hono'
import type { Engine } from '../../../packages/engine/src/index.js'
import type { AppEnv } from '../env.js'
import { type ValidatedRequest } from '../validation/validator.js'
export type ControlHandler = (c: Context<AppEnv>, req: ValidatedRequest) => Response | Promise<Response>
export type Register = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  operationId: string,
  handler: ControlHandler,
) => void
export declare function controlPlane(app: Hono<AppEnv>, engine: Engine): void
/** The tenant named by a `clientId` (query or body), the default merchant's when omitted. */
export declare function tenantOf(
  engine: Engine,
  c: Context<AppEnv>,
  clientId: unknown,
): import('../../../packages/engine/src/index.js').Tenant
