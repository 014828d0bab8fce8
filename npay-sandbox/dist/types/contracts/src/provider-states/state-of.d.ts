/** Reading a product order's state tuple through the API, and checking it against an expectation. */
import type { NpayClient } from '../../../packages/client/src/index.js'
import type { Schemas } from '../../../packages/schema/src/index.js'
/** The state tuple of a product order (facts §10.0), as the API shows it. */
export interface StateSnapshot {
  productOrderStatus: string | undefined
  placeOrderStatus: string | undefined
  claimType: string | undefined
  claimStatus: string | undefined
  holdbackStatus: string | undefined
}
/** What a provider state promises; omitted parts are not checked. `null` means "absent". */
export type StateExpectation = {
  [K in keyof StateSnapshot]?: string | null
}
type Detail = Schemas['ProductOrderDetail']
/**
 * The state tuple of one detail element; the holdback comes from the current claim (or the deprecated
 * top-level claim block when the current one is absent).
 * @example snapshotOf(detail) // { productOrderStatus: 'DELIVERED', claimType: 'RETURN', … }
 */
export declare function snapshotOf(detail: Detail): StateSnapshot
/**
 * Reads the state of a product order; undefined when the API does not return it.
 * @example await readState(api, '2024060712345678')
 */
export declare function readState(api: NpayClient, productOrderId: string): Promise<StateSnapshot | undefined>
/**
 * The parts of a snapshot that differ from an expectation, as `name: actual (expected X)`.
 * @example mismatches({ claimType: 'RETURN', … }, { claimType: null }) // ['claimType: RETURN (expected none)']
 */
export declare function mismatches(actual: StateSnapshot, expected: StateExpectation): string[]
