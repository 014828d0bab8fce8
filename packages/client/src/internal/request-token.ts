import { signClientSecret, TOKEN_PATH } from '@npay-sandbox/protocol'
import type { components } from '@npay-sandbox/schema'
import type { LooseClient } from './call-operation.ts'
import type { ResolvedNpayClientOptions } from './resolve-options.ts'
import { isRecord, parseBody, toApiError } from './to-api-error.ts'
import type { TokenResponse } from './token-cache.ts'

type TokenRequest = components['schemas']['TokenRequest']

/**
 * The form parameters of a token request, signed with the client's clock minus `timestampSkewMs`.
 * @example tokenRequestBody({ clientId: 'aaaabbbbcccc', clientSecret: '$2a$10$abcdefghijklmnopqrstuv', now: () => 1643961623299, ... })
 */
export function tokenRequestBody(options: ResolvedNpayClientOptions): TokenRequest {
  const timestamp = Math.floor(options.now() - options.timestampSkewMs)
  const body: TokenRequest = {
    client_id: options.clientId,
    timestamp,
    grant_type: 'client_credentials',
    client_secret_sign: signClientSecret(options.clientId, options.clientSecret, String(timestamp)),
  }
  if (options.type !== undefined) body.type = options.type
  if (options.accountId !== undefined) body.account_id = options.accountId
  return body
}

/**
 * Asks the token endpoint for a token (form-urlencoded body). Throws `NpayTokenError`, or
 * `NpayGatewayError` for a `GW.*` answer, when it refuses.
 * @example const token = await requestToken(raw, options) // { access_token, expires_in: 10800, token_type: 'Bearer' }
 */
export async function requestToken(
  client: LooseClient,
  options: ResolvedNpayClientOptions,
): Promise<TokenResponse> {
  const { data, error, response } = await client.request('post', TOKEN_PATH, {
    body: tokenRequestBody(options),
    bodySerializer: toForm,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    parseAs: 'text',
  })
  if (!response.ok) throw toApiError({ service: 'token', response, body: error })
  const body = parseBody(typeof data === 'string' ? data : '')
  if (isRecord(body) && typeof body.access_token === 'string' && typeof body.expires_in === 'number') {
    return body as TokenResponse
  }
  const message = 'token response lacks access_token (string) or expires_in (number)'
  throw toApiError({ service: 'token', response, body, message })
}

function toForm(body: Record<string, unknown>): string {
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(body)) {
    if (value !== undefined) form.set(key, String(value))
  }
  return form.toString()
}
