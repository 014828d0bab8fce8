/**
 * The 409 of a control-plane event the state does not allow: what is allowed now, and what has to happen
 * first (from the state machine table) with the request that does it, so a `deliver` on a paid order says
 * to dispatch it through the merchant API.
 */
import {
  describeState,
  isMerchantAction,
  SANDBOX_EVENT_ACTORS,
  SandboxError,
  type SandboxEvent,
  stateOf,
  stepsBefore,
  type Tenant,
} from '@npay-sandbox/engine'
import type { ApiProfile } from '@npay-sandbox/protocol'
import { operationOf } from '../registry/profiles.ts'

/** One step before the event: who does it and the request that does it, at `origin`. */
function request(step: string, productOrderId: string, origin: string, api: ApiProfile): string {
  const id = encodeURIComponent(productOrderId)
  if (isMerchantAction(step)) {
    const operation = operationOf(api, step)!
    const path = operation.path.replace('{productOrderId}', id)
    return `${step} (merchant): ${operation.method} ${origin}${path}`
  }
  const actor = SANDBOX_EVENT_ACTORS[step as SandboxEvent]
  return `${step} (${actor}): POST ${origin}/__sandbox/product-orders/${id}/events/${step}`
}

/**
 * The error to throw for a refused event; `origin` is where the caller reached the emulator.
 * @example throw eventRefusal(tenant, id, 'deliver', 'http://127.0.0.1:8787')
 */
export function eventRefusal(
  tenant: Tenant,
  productOrderId: string,
  event: SandboxEvent,
  origin: string,
): SandboxError {
  const state = stateOf(tenant.productOrder(productOrderId)!)
  const steps = stepsBefore(state, event) ?? []
  const first =
    steps.length === 0
      ? ''
      : `. First ${steps.map((step) => request(step, productOrderId, origin, tenant.merchant.api ?? 'npay')).join(', then ')}`
  return new SandboxError(
    409,
    'EVENT_NOT_ALLOWED',
    `${event} is not allowed for ${productOrderId} now (${describeState(state)})${first}`,
    { allowedEvents: tenant.allowedSandboxEvents(productOrderId) },
  )
}
