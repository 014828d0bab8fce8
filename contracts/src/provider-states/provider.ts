/**
 * Where a case's provider states come from: built on demand on an emulator, or taken from the fixtures
 * file on a target without a control plane. Fixtures are checked through the API before use, and each
 * one is handed to at most one case that changes it.
 */

import type { ContractClient } from '../contract-client.ts'
import { SkipCase } from '../internal/skip.ts'
import { buildOnEmulator, type EmulatorSetup } from './build-on-emulator.ts'
import { PROVIDER_STATES, type ProviderState, type ProviderStateName } from './definitions.ts'
import type { FixtureEntry, Fixtures } from './fixtures.ts'
import { mismatches, snapshotOf } from './state-of.ts'

export interface StateProvider {
  /** Why a state cannot be provided at all, decided before the case sends anything. */
  unavailable(name: ProviderStateName): string | undefined
  /** The ids of a product order in the state; `consume` when the case will change it. */
  provide(name: ProviderStateName, consume: boolean): Promise<ProviderState>
}

/**
 * States built on an emulator for one case.
 * @example const states = emulatorStates({ control, clientId, api: setupApi })
 */
export function emulatorStates(setup: EmulatorSetup): StateProvider {
  return { unavailable: () => undefined, provide: (name) => buildOnEmulator(setup, name) }
}

/**
 * States taken from a fixtures file, shared by all cases of a run (so a consumed fixture stays consumed).
 * `api` is a client of the target that the recorder does not see.
 * @example const states = fixtureStates(fixtures, setupApi)
 */
export function fixtureStates(fixtures: Fixtures | undefined, api: ContractClient): StateProvider {
  const used = new Set<string>()
  const refused = new Map<string, string>()
  return {
    unavailable(name) {
      if (!fixtures) return `needs "${name}": pass a fixtures file (--fixtures) listing product orders in it`
      const left = (fixtures[name] ?? []).filter((e) => !used.has(e.productOrderId))
      if (left.length === 0) {
        const listed = fixtures[name]?.length ?? 0
        return listed === 0
          ? `needs "${name}": the fixtures file lists no product order in that state`
          : `needs "${name}": all ${listed} product orders of the fixtures file were used by earlier cases`
      }
      return undefined
    },
    async provide(name, consume) {
      for (const entry of fixtures?.[name] ?? []) {
        if (used.has(entry.productOrderId)) continue
        const checked = await check(api, name, entry)
        if (typeof checked === 'string') {
          used.add(entry.productOrderId)
          refused.set(entry.productOrderId, checked)
          continue
        }
        if (consume) used.add(entry.productOrderId)
        return checked
      }
      const reasons = [...refused.values()].join('; ')
      throw new SkipCase(`no fixture is in "${name}" any more${reasons ? `: ${reasons}` : ''}`)
    },
  }
}

async function check(api: ContractClient, name: ProviderStateName, entry: FixtureEntry) {
  const { data } = await api.queryProductOrders({ body: { productOrderIds: [entry.productOrderId] } })
  const detail = data?.find((d) => d.productOrder?.productOrderId === entry.productOrderId)
  if (!detail) return `${entry.productOrderId} is not readable with these credentials`
  const wrong = mismatches(snapshotOf(detail), PROVIDER_STATES[name].expect)
  if (wrong.length > 0) return `${entry.productOrderId} is no longer in it (${wrong.join(', ')})`
  const orderId = entry.orderId ?? detail.order?.orderId
  if (!orderId) return `${entry.productOrderId} has no orderId in its detail`
  return { productOrderId: entry.productOrderId, orderId }
}
