import type { Middleware } from 'openapi-fetch'
import type { TokenCache } from './token-cache.js'
/**
 * openapi-fetch middleware that sends `Authorization: Bearer …` from the token cache, and on a 401
 * `GW.AUTHN` drops the rejected token, gets another and sends the request exactly once more
 * (the docs advise re-issuing on that answer). The token endpoint itself is left alone.
 * @example raw.use(authMiddleware(tokens))
 */
export declare function authMiddleware(tokens: TokenCache): Middleware
/**
 * Whether a response is the gateway's 401 `GW.AUTHN` (missing, unknown or expired token).
 * @example await isAuthnFailure(new Response('{"code":"GW.AUTHN"}', { status: 401 })) // true
 */
export declare function isAuthnFailure(response: Response): Promise<boolean>
