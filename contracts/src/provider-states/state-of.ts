/** Reading a product order's state tuple through the API, and checking it against an expectation. */
import type { Schemas } from '@npay-sandbox/schema'
import type { ContractClient } from '../contract-client.ts'

/** The state tuple of a product order (facts §10.0), as the API shows it. */
export interface StateSnapshot {
  productOrderStatus: string | undefined
  placeOrderStatus: string | undefined
  claimType: string | undefined
  claimStatus: string | undefined
  holdbackStatus: string | undefined
}

/** What a provider state promises; omitted parts are not checked. `null` means "absent". */
export type StateExpectation = { [K in keyof StateSnapshot]?: string | null }

type Detail = Schemas['ProductOrderDetail']

/**
 * The state tuple of one detail element; the holdback comes from the current claim (or the deprecated
 * top-level claim block when the current one is absent).
 * @example snapshotOf(detail) // { productOrderStatus: 'DELIVERED', claimType: 'RETURN', … }
 */
export function snapshotOf(detail: Detail): StateSnapshot {
  const po = detail.productOrder
  const claim = detail.currentClaim
  const holdback =
    claim?.return?.holdbackStatus ??
    claim?.exchange?.holdbackStatus ??
    detail.return?.holdbackStatus ??
    detail.exchange?.holdbackStatus
  return {
    productOrderStatus: po?.productOrderStatus,
    placeOrderStatus: po?.placeOrderStatus,
    claimType: po?.claimType,
    claimStatus: po?.claimStatus,
    holdbackStatus: holdback,
  }
}

/**
 * Reads the state of a product order; undefined when the API does not return it.
 * @example await readState(api, '2024060712345678')
 */
export async function readState(
  api: ContractClient,
  productOrderId: string,
): Promise<StateSnapshot | undefined> {
  const { data } = await api.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
  const detail = data?.find((d) => d.productOrder?.productOrderId === productOrderId)
  return detail ? snapshotOf(detail) : undefined
}

/**
 * The parts of a snapshot that differ from an expectation, as `name: actual (expected X)`.
 * @example mismatches({ claimType: 'RETURN', … }, { claimType: null }) // ['claimType: RETURN (expected none)']
 */
export function mismatches(actual: StateSnapshot, expected: StateExpectation): string[] {
  const out: string[] = []
  for (const [key, want] of Object.entries(expected) as [keyof StateSnapshot, string | null][]) {
    const got = actual[key] ?? null
    if (got !== want) out.push(`${key}: ${got ?? 'none'} (expected ${want ?? 'none'})`)
  }
  return out
}
