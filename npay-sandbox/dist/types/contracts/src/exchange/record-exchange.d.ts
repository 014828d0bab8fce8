import type { Exchange } from './types.js'
/** The fetch shape both typed clients accept. */
export type FetchLike = (request: Request) => Response | Promise<Response>
/**
 * Wraps `inner` so that every request under `baseUrl` is handed to `sink` with its problems.
 * @example
 * const log: Exchange[] = []
 * const fetch = recordExchanges(globalThis.fetch, baseUrl, (e) => log.push(e))
 * const api = createNpayClient({ ...credentials, baseUrl, fetch })
 */
export declare function recordExchanges(
  inner: FetchLike,
  baseUrl: string,
  sink: (exchange: Exchange) => void,
): FetchLike
