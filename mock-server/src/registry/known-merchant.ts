/**
 * The merchant a request that failed at the gateway still belongs to, when it can be told: gateway
 * error bodies then carry that merchant's virtual time (as its API answers do) and land in its journal.
 */
import type { Engine, Tenant } from '@npay-sandbox/engine'

const bearer = (authorization: string | undefined) => /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]

/**
 * The merchant whose current token this is, even once it has expired (the engine forgets expired
 * tokens when they are first refused, but a merchant keeps its current one until it issues the next).
 * @example tokenHolder(engine, 'Bearer abc…')?.clientId
 */
export function tokenHolder(engine: Engine, authorization: string | undefined): Tenant | undefined {
  const value = bearer(authorization)
  if (!value) return undefined
  for (const { clientId } of engine.merchants()) {
    const tenant = engine.findTenant(clientId)
    if (tenant?.tokens.saved().some((token) => token.value === value)) return tenant
  }
  return undefined
}

/**
 * The merchant of a request to a path that is no API: its valid or current token, else a known
 * `client_id` in the query string. Never fails: an unknown caller has no merchant.
 * @example knownMerchant(engine, c.req.header('authorization'), new URL(c.req.url).searchParams)
 */
export function knownMerchant(
  engine: Engine,
  authorization: string | undefined,
  query: URLSearchParams,
): Tenant | undefined {
  if (authorization) {
    try {
      return engine.authenticate(authorization)
    } catch {
      const holder = tokenHolder(engine, authorization)
      if (holder) return holder
    }
  }
  const clientId = query.get('client_id')
  return clientId ? engine.findTenant(clientId) : undefined
}
