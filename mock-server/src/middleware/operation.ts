/**
 * The gateway's first step: which API operation a request addresses and which merchant app sends it.
 * Authenticates before rate limiting and faults, as the real gateway does; paths that are no API are
 * left alone so they still get 404 `GW.NOT_FOUND` without a token.
 */
import type { Engine } from '@npay-sandbox/engine'
import { BASE_PATH } from '@npay-sandbox/protocol'
import { type OperationIndexEntry, operationIndex } from '@npay-sandbox/schema'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

interface CompiledRoute {
  method: string
  re: RegExp
  operation: OperationIndexEntry
}

const routes: CompiledRoute[] = operationIndex.flatMap((operation) =>
  [operation.path, ...operation.aliases].map((path) => ({
    method: operation.method,
    re: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
    operation,
  })),
)

/**
 * The operation of a method and a path under the base URL.
 * @example operationOf('POST', '/v1/pay-order/mall/product-orders/dispatch')?.operationId // 'dispatchProductOrders'
 */
export function operationOf(method: string, path: string): OperationIndexEntry | undefined {
  return routes.find((r) => r.method === method && r.re.test(path))?.operation
}

/** Reads `client_id` from the form body or the query string, as the token route does. */
async function tokenClientId(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<string | null> {
  const text = await c.req.text()
  const form = new URLSearchParams(text.trim().startsWith('{') ? '' : text)
  return form.get('client_id') ?? new URL(c.req.url).searchParams.get('client_id')
}

/**
 * Sets `operation` and `tenant`; an API call without a valid token ends here with 401 `GW.AUTHN`.
 * @example app.use(`${BASE_PATH}/*`, resolveOperation(engine))
 */
export function resolveOperation(engine: Engine): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const operation = operationOf(c.req.method, new URL(c.req.url).pathname.slice(BASE_PATH.length))
    c.set('operation', operation)
    if (operation?.operationId === 'issueToken') {
      const clientId = await tokenClientId(c)
      if (clientId) c.set('tenant', engine.findTenant(clientId))
    } else if (operation) {
      c.set('tenant', engine.authenticate(c.req.header('authorization')))
    }
    await next()
  }
}
