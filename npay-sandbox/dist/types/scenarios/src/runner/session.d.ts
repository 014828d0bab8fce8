/**
 * Where scenarios run. A target opens one isolated session per scenario file: a merchant of its own,
 * the typed clients of the real API and of the control plane, and the transition rows it went through.
 */
import type { ControlPlaneClient, FetchLike, NpayClient } from '../../../packages/client/src/index.js'
/** The last request a session sent and what came back, for the per-step report. */
export interface Exchange {
  method: string
  path: string
  requestBody: string
  status: number
}
export interface ScenarioSession {
  api: NpayClient
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
  open(): Promise<ScenarioSession>
}
/**
 * Wraps a fetch so the session can show what the last request was. Token requests are not kept:
 * the step's own call is what a reader wants to see.
 * @example const rec = recording(fetch); await rec.fetch(new Request(url)); rec.last()?.status
 */
export declare function recording(inner: FetchLike): {
  fetch: FetchLike
  last(): Exchange | undefined
}
