/**
 * The typed client of a session's merchant: its own API's base path under the emulator's origin, its
 * operations (seller paths and changeHopeDelivery on the Commerce API, mall paths and getReviews on the
 * Npay mall API) and its token request (`type=SELF` on the Commerce API, which requires `type`).
 */
import {
  createNpayClient,
  type FetchLike,
  type NpayClient,
  type NpayClientOptions,
} from '@npay-sandbox/client'
import { API_PROFILE_HOSTS, type ApiProfile } from '@npay-sandbox/protocol'

export interface MerchantCredentials {
  clientId: string
  clientSecret: string
}

/**
 * A client of `api` for one merchant at the emulator's `origin`.
 * @example merchantClient('commerce', { clientId, clientSecret }, 'http://127.0.0.1:8787', fetch).baseUrl // '…/external'
 */
export function merchantClient(
  api: ApiProfile,
  credentials: MerchantCredentials,
  origin: string,
  fetch: FetchLike,
): NpayClient {
  const options = {
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    api,
    baseUrl: origin + API_PROFILE_HOSTS[api].basePath,
    fetch,
    ...(api === 'commerce' ? { type: 'SELF' } : {}),
  }
  // The client is typed as the mall API's: the runner calls methods by operationId, and the two APIs share
  // every request and response schema.
  return createNpayClient(options as NpayClientOptions) as unknown as NpayClient
}
