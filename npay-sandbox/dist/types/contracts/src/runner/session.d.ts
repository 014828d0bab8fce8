/**
 * The part of a case's world that depends on the target: whose credentials it uses, where its provider
 * states come from, what "now" is and whether the clock can move. Emulators give every case a merchant
 * of its own (isolated data and clock); the `sandbox` target shares one merchant, one token and one
 * fixtures pool across the run.
 */
import { type NpayClient } from '../../../packages/client/src/index.js'
import type { Exchange } from '../exchange/types.js'
import type { ProviderStateName } from '../provider-states/definitions.js'
import { type StateProvider } from '../provider-states/provider.js'
import type { Credentials, Target } from '../targets/types.js'
/** Clients sign with now − 3 s, as many real clients do, so a host clock behind ours is no failure. */
export declare const SIGNING_SKEW_MS = 3000
export interface Session {
  credentials: Credentials
  /** The typed client whose exchanges go to the current case. */
  api: NpayClient
  states: StateProvider
  now(): Promise<number>
  /** Undefined when the target has no control plane. */
  advanceClock: ((by: string) => Promise<void>) | undefined
}
/** Builds per-case sessions for one run; `sink` receives the exchanges of the case running now. */
export interface SessionFactory {
  open(caseName: string, sink: (exchange: Exchange) => void): Promise<Session>
  /** Why a provider state cannot be had on this target at all, before anything is sent. */
  unavailable(name: ProviderStateName): string | undefined
}
/**
 * The session factory of a target.
 * @example const session = await sessions(target).open('a case', (e) => log.push(e))
 */
export declare function sessions(target: Target): SessionFactory
