/**
 * Where a case's provider states come from: built on demand on an emulator, or taken from the fixtures
 * file on a target without a control plane. Fixtures are checked through the API before use, and each
 * one is handed to at most one case that changes it.
 */
import type { NpayClient } from '../../../packages/client/src/index.js'
import { type EmulatorSetup } from './build-on-emulator.js'
import { type ProviderState, type ProviderStateName } from './definitions.js'
import type { Fixtures } from './fixtures.js'
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
export declare function emulatorStates(setup: EmulatorSetup): StateProvider
/**
 * States taken from a fixtures file, shared by all cases of a run (so a consumed fixture stays consumed).
 * `api` is a client of the target that the recorder does not see.
 * @example const states = fixtureStates(fixtures, setupApi)
 */
export declare function fixtureStates(fixtures: Fixtures | undefined, api: NpayClient): StateProvider
