/**
 * Collection logistics of returns and exchanges (facts §8.6, §9.8, §9.11): a carrier pick-up booked by
 * the platform gets the carrier's company and tracking number once the carrier has the item; an item the
 * buyer sends back carries what the buyer gave.
 */
import type { ClaimBlock, ProductOrderRecord } from '../records.ts'
import { after } from './claim-dates.ts'

/** Collect methods where the platform books the carrier (지정 반품 택배, 택배 수거). */
const CARRIER_PICKUP: ReadonlySet<string> = new Set(['RETURN_DESIGNATED', 'DELIVERY'])

/** The carrier of a pick-up when nobody named one: the one that delivered the item. */
const FALLBACK_CARRIER = 'CJGLS'

export function isCarrierPickup(claim: ClaimBlock): boolean {
  return CARRIER_PICKUP.has(claim.collectDeliveryMethod ?? 'RETURN_DESIGNATED')
}

/** Where collection stands when the claim is opened: booked with the carrier, or up to the buyer. */
export function initialCollectStatus(claim: ClaimBlock): ClaimBlock['collectStatus'] {
  return isCarrierPickup(claim) ? 'COLLECT_REQUEST_TO_DELIVERY_COMPANY' : 'NOT_REQUESTED'
}

/**
 * A pick-up's tracking number, derived from the claim id so the same seed gives the same number:
 * 12 digits, `5` + the 10-digit claim id + a check digit.
 */
export function pickupTrackingNumber(claimId: string): string {
  const digits = `5${claimId.replace(/\D/g, '').padStart(10, '0').slice(-10)}`
  const check = [...digits].reduce((sum, d, i) => sum + Number(d) * (i % 2 ? 3 : 1), 0) % 10
  return `${digits}${check}`
}

/** Once the carrier has a booked item: its company and tracking number, unless someone gave them. */
export function registerPickup(record: ProductOrderRecord, claim: ClaimBlock) {
  if (!isCarrierPickup(claim)) return
  claim.collectDeliveryCompany ??= record.delivery?.deliveryCompany ?? FALLBACK_CARRIER
  claim.collectTrackingNumber ??= pickupTrackingNumber(claim.claimId ?? record.productOrderId)
}

/**
 * When the carrier picked the item up: the `collect` event of this claim, else its collection (an item
 * collected without a separate pick-up report); never before the claim was requested.
 */
export function pickupInstant(record: ProductOrderRecord, claim: ClaimBlock): number | undefined {
  const requested = record.times.claimRequested ?? 0
  const collect = record.history.findLast((h) => h.event === 'collect' && h.at >= requested)
  const at = collect?.at ?? (claim.collectCompletedDate ? Date.parse(claim.collectCompletedDate) : undefined)
  if (at === undefined) return undefined
  return collect ? after(at, claim.claimRequestDate) : at
}
