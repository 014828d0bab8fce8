import { TOKEN_PATH } from '@npay-sandbox/protocol'
import type { Middleware } from 'openapi-fetch'
import { isRecord, parseBody } from './to-api-error.ts'
import type { TokenCache } from './token-cache.ts'

const BEARER_PREFIX = 'Bearer '

/**
 * openapi-fetch middleware that sends `Authorization: Bearer …` from the token cache, and on a 401
 * `GW.AUTHN` drops the rejected token, gets another and sends the request exactly once more
 * (the docs advise re-issuing on that answer). The token endpoint itself is left alone.
 * @example raw.use(authMiddleware(tokens))
 */
export function authMiddleware(tokens: TokenCache): Middleware {
  // Untouched copies of requests in flight, so a retry can resend a body the first attempt consumed.
  const spares = new Map<string, Request>()
  return {
    async onRequest({ request, schemaPath, id }) {
      if (schemaPath === TOKEN_PATH) return undefined
      request.headers.set('Authorization', `${BEARER_PREFIX}${await tokens.get()}`)
      spares.set(id, request.clone())
      return request
    },
    async onResponse({ request, response, id, options }) {
      const spare = spares.get(id)
      spares.delete(id)
      if (!spare || !(await isAuthnFailure(response))) return undefined
      tokens.invalidate(bearerOf(request))
      spare.headers.set('Authorization', `${BEARER_PREFIX}${await tokens.get()}`)
      return options.fetch(spare)
    },
    onError({ id }) {
      spares.delete(id)
    },
  }
}

/**
 * Whether a response is the gateway's 401 `GW.AUTHN` (missing, unknown or expired token).
 * @example await isAuthnFailure(new Response('{"code":"GW.AUTHN"}', { status: 401 })) // true
 */
export async function isAuthnFailure(response: Response): Promise<boolean> {
  if (response.status !== 401) return false
  const body = parseBody(await response.clone().text())
  return isRecord(body) && body.code === 'GW.AUTHN'
}

function bearerOf(request: Request): string | undefined {
  const header = request.headers.get('Authorization')
  return header?.startsWith(BEARER_PREFIX) ? header.slice(BEARER_PREFIX.length) : undefined
}
