/**
 * Where scenarios run. A target opens one isolated session per scenario file: a merchant of its own,
 * the typed clients of the real API and of the control plane, and the transition rows it went through.
 */
import type { ControlPlaneClient, FetchLike, NpayClient } from '@npay-sandbox/client'
import type { ApiProfile } from '@npay-sandbox/protocol'

/** The last request a session sent and what came back, for the per-step report. */
export interface Exchange {
  method: string
  path: string
  requestBody: string
  status: number
}

export interface ScenarioSession {
  /** The typed client of the merchant's own API (its base path and operations). */
  api: NpayClient
  /** Which API the session's merchant speaks. */
  merchantApi: ApiProfile
  control: ControlPlaneClient
  /** The session's merchant. */
  clientId: string
  /** Six digits that make this session's tracking numbers unique on a shared server. */
  trackingPrefix: string
  /** A second merchant (created on first use), for requests about another merchant's orders. */
  otherMerchant(): Promise<string>
  /** The last request sent through either client. */
  last(): Exchange | undefined
  /** How often each transition row (TRANSITIONS id) fired for this session's merchants. */
  rows(): Promise<Map<string, number>>
  close(): Promise<void>
}

export interface ScenarioTarget {
  /** `in-process` or the emulator's URL, for reports. */
  name: string
  /** Opens a session whose merchant speaks `api` (default `npay`). */
  open(options?: SessionOptions): Promise<ScenarioSession>
}

export interface SessionOptions {
  /** The API the session's merchant app speaks (a scenario file's `merchant.api`). */
  api?: ApiProfile | undefined
}

/**
 * Wraps a fetch so the session can show what the last request was. Token requests are not kept:
 * the step's own call is what a reader wants to see.
 * @example const rec = recording(fetch); await rec.fetch(new Request(url)); rec.last()?.status
 */
export function recording(inner: FetchLike): { fetch: FetchLike; last(): Exchange | undefined } {
  let last: Exchange | undefined
  return {
    async fetch(request) {
      const requestBody = request.method === 'GET' ? '' : await request.clone().text()
      const response = await inner(request)
      const url = new URL(request.url)
      if (!url.pathname.endsWith('/oauth2/token'))
        last = {
          method: request.method,
          path: url.pathname + url.search,
          requestBody,
          status: response.status,
        }
      return response
    },
    last: () => last,
  }
}
