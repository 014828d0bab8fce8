import type { ControlPlaneClient, NpayClient } from '../../../packages/client/src/index.js'
import { type ProviderState, type ProviderStateName } from './definitions.js'
/** What building a state needs: the control plane, the merchant, and an API client that is not recorded. */
export interface EmulatorSetup {
  control: ControlPlaneClient
  clientId: string
  api: NpayClient
}
/**
 * A 12-digit tracking number not used before by this process, nor (very likely) by another.
 * @example nextTrackingNumber() // '612345600001'
 */
export declare function nextTrackingNumber(): string
/**
 * Builds a named state and returns its ids.
 * @example const { productOrderId } = await buildOnEmulator(setup, 'a delivered product order')
 */
export declare function buildOnEmulator(setup: EmulatorSetup, name: ProviderStateName): Promise<ProviderState>
