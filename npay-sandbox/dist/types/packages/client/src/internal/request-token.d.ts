import type { components } from '../../../schema/src/index.js'
import type { LooseClient } from './call-operation.js'
import type { ResolvedNpayClientOptions } from './resolve-options.js'
import type { TokenResponse } from './token-cache.js'

type TokenRequest = components['schemas']['TokenRequest']
/**
 * The form parameters of a token request, signed with the client's clock minus `timestampSkewMs`.
 * @example tokenRequestBody({ clientId: 'aaaabbbbcccc', clientSecret: '$2a$10$abcdefghijklmnopqrstuv', now: () => 1643961623299, ... })
 */
export declare function tokenRequestBody(options: ResolvedNpayClientOptions): TokenRequest
/**
 * Asks the token endpoint for a token (form-urlencoded body). Throws `NpayTokenError`, or
 * `NpayGatewayError` for a `GW.*` answer, when it refuses.
 * @example const token = await requestToken(raw, options) // { access_token, expires_in: 10800, token_type: 'Bearer' }
 */
export declare function requestToken(
  client: LooseClient,
  options: ResolvedNpayClientOptions,
): Promise<TokenResponse>
