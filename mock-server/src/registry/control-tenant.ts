/**
 * The merchant a control-plane request acts for, resolved once by the registry from the operation's
 * declared source (see TenantSource) before its handler runs; an unknown one is a 404.
 */
import { type Engine, SandboxError, type Tenant } from '@npay-sandbox/engine'
import type { ValidatedRequest } from '../validation/validator.ts'
import type { TenantSource } from './types.ts'

/**
 * The tenant of a validated request, or undefined when the source names none.
 * @example controlTenant(engine, 'merchant', { query: {}, path: {}, body: { clientId: 'nobody' } }) // throws 404
 */
export function controlTenant(
  engine: Engine,
  source: TenantSource,
  req: ValidatedRequest,
): Tenant | undefined {
  switch (source) {
    case 'none':
      return undefined
    case 'merchant':
      return engine.tenant(clientIdOf(req))
    case 'merchant-or-all': {
      const clientId = clientIdOf(req)
      return clientId === undefined ? undefined : engine.tenant(clientId)
    }
    case 'named': {
      const clientId = req.path.clientId ?? ''
      const tenant = engine.findTenant(clientId)
      if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${clientId}`)
      return tenant
    }
    case 'owner': {
      const productOrderId = req.path.productOrderId ?? ''
      const tenant = engine.ownerOfProductOrder(productOrderId)
      if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no product order ${productOrderId}`)
      return tenant
    }
  }
}

/**
 * Refuses a `clientId` in the query string of an operation that takes the merchant from its body
 * (`PUT /__sandbox/faults`, `PUT /__sandbox/settlement`, `POST /__sandbox/reset`, …): ignored, it would
 * let the request act for the default merchant (or, for a reset, every merchant) instead of the one named.
 * @example refuseQueryClientId('merchant', 'putFaults', ['clientId'], new URLSearchParams('clientId=a')) // throws 400
 */
export function refuseQueryClientId(
  source: TenantSource,
  operationId: string,
  parameters: readonly string[],
  query: URLSearchParams,
) {
  if (source !== 'merchant' && source !== 'merchant-or-all') return
  if (parameters.includes('clientId') || !query.has('clientId')) return
  throw new SandboxError(
    400,
    'BAD_REQUEST',
    `${operationId} takes clientId in the JSON body ({"clientId": "…"}), not in the query string`,
    { invalidInputs: [{ name: 'clientId', type: 'Query', message: 'clientId belongs in the request body' }] },
  )
}

/** `clientId` of the query string or of the body, whichever the operation has. */
function clientIdOf(req: ValidatedRequest): string | undefined {
  if (typeof req.query.clientId === 'string') return req.query.clientId
  const body = req.body
  if (body && typeof body === 'object' && 'clientId' in body && typeof body.clientId === 'string')
    return body.clientId
  return undefined
}
