/**
 * The part of a case's world that depends on the target: whose credentials it uses, where its provider
 * states come from, what "now" is and whether the clock can move. Emulators give every case a merchant
 * of its own (isolated data and clock); the `sandbox` target shares one merchant, one token and one
 * fixtures pool across the run.
 */
import { type ControlPlaneClient, createNpayClient, type NpayClient } from '@npay-sandbox/client'
import type { ApiProfile } from '@npay-sandbox/protocol'
import { recordExchanges } from '../exchange/record-exchange.ts'
import type { Exchange } from '../exchange/types.ts'
import type { ProviderStateName } from '../provider-states/definitions.ts'
import { emulatorStates, fixtureStates, type StateProvider } from '../provider-states/provider.ts'
import type { Credentials, Target } from '../targets/types.ts'

/** Clients sign with now − 3 s, as many real clients do, so a host clock behind ours is no failure. */
export const SIGNING_SKEW_MS = 3_000

export interface Session {
  credentials: Credentials
  /** The typed client whose exchanges go to the current case. */
  api: NpayClient<ApiProfile>
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
export function sessions(target: Target): SessionFactory {
  const { control } = target
  return control ? emulatorSessions(target, control) : sharedSessions(target)
}

function client(target: Target, credentials: Credentials, fetch = target.fetch): NpayClient<ApiProfile> {
  return createNpayClient({
    api: target.api,
    ...credentials,
    baseUrl: target.baseUrl,
    fetch,
    timestampSkewMs: SIGNING_SKEW_MS,
  })
}

function emulatorSessions(target: Target, control: ControlPlaneClient): SessionFactory {
  return {
    unavailable: () => undefined,
    async open(caseName, sink) {
      const name = `contracts: ${caseName}`.slice(0, 60)
      const merchant = await control.createMerchant({ body: { name, api: target.api } })
      const credentials = { clientId: merchant.clientId, clientSecret: merchant.clientSecret }
      const clientId = merchant.clientId
      // One client (one token) for the case and its provider states; building a state is not recorded.
      let recording = true
      const api = client(
        target,
        credentials,
        recordExchanges(target.fetch, target.baseUrl, (e) => recording && sink(e), target.api),
      )
      const built = emulatorStates({ control, clientId, api })
      return {
        credentials,
        api,
        states: {
          unavailable: built.unavailable,
          async provide(name, consume) {
            recording = false
            try {
              return await built.provide(name, consume)
            } finally {
              recording = true
            }
          },
        },
        now: async () => (await control.getClock({ clientId })).epochMillis,
        advanceClock: async (by) => {
          await control.advanceClock({ body: { clientId, by } })
        },
      }
    },
  }
}

function sharedSessions(target: Target): SessionFactory {
  const credentials = target.credentials
  if (!credentials) throw new TypeError(`target ${target.name} has neither a control plane nor credentials`)
  let current: (exchange: Exchange) => void = () => {}
  const api = client(
    target,
    credentials,
    recordExchanges(target.fetch, target.baseUrl, (e) => current(e), target.api),
  )
  const states = fixtureStates(target.fixtures, client(target, credentials))
  return {
    unavailable: (name) => states.unavailable(name),
    async open(_caseName, sink) {
      current = sink
      return {
        credentials,
        api,
        states,
        now: async () => Date.now() - SIGNING_SKEW_MS,
        advanceClock: undefined,
      }
    },
  }
}
