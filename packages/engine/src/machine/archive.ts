/**
 * A finished claim copied into `completedClaims` (flattened, facts §8.7): every field the claim block
 * had under its history name, plus what only the history carries (approval date, pick-up slot).
 */
import { formatKst } from '@npay-sandbox/protocol'
import type { ClaimBlock, CompletedClaim, ProductOrderRecord } from '../records.ts'
import { isCarrierPickup, pickupInstant } from './collect.ts'

/** Pick-up slots are two hours long, starting on even hours (KST). */
const SLOT_HOURS = 2

/**
 * When the claim was accepted: a cancel's approval, a return's approval (its completion), an exchange's
 * collection being confirmed. A refused claim was never accepted.
 */
function admissionDate(type: string, claim: ClaimBlock): string | undefined {
  if (type === 'CANCEL' || type === 'ADMIN_CANCEL') return claim.cancelApprovalDate
  if (type === 'RETURN') return claim.returnCompletedDate
  if (type === 'EXCHANGE') return claim.collectCompletedDate
  return undefined
}

/** The carrier's pick-up slot (`yyyyMMdd`, `HHmm` as hopeDelivery writes them) around the pick-up. */
function pickupSlot(record: ProductOrderRecord, claim: ClaimBlock) {
  if (!isCarrierPickup(claim)) return {}
  const at = pickupInstant(record, claim)
  if (at === undefined) return {}
  const kst = formatKst(at)
  const day = kst.slice(0, 10).replaceAll('-', '')
  const startHour = Math.floor(Number(kst.slice(11, 13)) / SLOT_HOURS) * SLOT_HOURS
  const hhmm = (hour: number) => `${String(hour % 24).padStart(2, '0')}00`
  const start = hhmm(startHour)
  const end = hhmm(startHour + SLOT_HOURS)
  return {
    collectOperationDate: day,
    collectStartTime: start,
    collectEndTime: end,
    collectSlotId: `${day}${start}${end}`,
  }
}

/** Copies the finished claim into `completedClaims`. */
export function archive(record: ProductOrderRecord, at: number) {
  const claim = record.claim!
  const type = record.productOrder.claimType!
  const fields: CompletedClaim = {
    claimType: type,
    claimId: claim.claimId,
    claimStatus: claim.claimStatus,
    claimRequestDate: claim.claimRequestDate,
    requestChannel: claim.requestChannel,
    claimRequestReason: (claim.cancelReason ?? claim.returnReason ?? claim.exchangeReason) as never,
    claimRequestDetailContent:
      claim.cancelDetailedReason ?? claim.returnDetailedReason ?? claim.exchangeDetailedReason,
    refundExpectedDate: claim.refundExpectedDate,
    refundStandbyReason: claim.refundStandbyReason,
    refundStandbyStatus: claim.refundStandbyStatus,
    requestQuantity: claim.requestQuantity,
    claimDeliveryFeeDemandAmount: claim.claimDeliveryFeeDemandAmount,
    claimDeliveryFeePayMeans: claim.claimDeliveryFeePayMeans,
    claimDeliveryFeePayMethod: claim.claimDeliveryFeePayMethod,
    returnReceiveAddress: claim.returnReceiveAddress,
    collectAddress: claim.collectAddress,
    collectStatus: claim.collectStatus,
    collectDeliveryMethod: claim.collectDeliveryMethod,
    collectDeliveryCompany: claim.collectDeliveryCompany,
    collectTrackingNumber: claim.collectTrackingNumber,
    collectCompletedDate: claim.collectCompletedDate,
    etcFeeDemandAmount: claim.etcFeeDemandAmount,
    etcFeePayMeans: claim.etcFeePayMeans,
    etcFeePayMethod: claim.etcFeePayMethod,
    holdbackStatus: claim.holdbackStatus,
    holdbackReason: claim.holdbackReason,
    holdbackDetailedReason: claim.holdbackDetailedReason,
    holdbackConfigDate: claim.holdbackConfigDate,
    holdbackConfigurer: claim.holdbackConfigurer,
    holdbackReleaseDate: claim.holdbackReleaseDate,
    holdbackReleaser: claim.holdbackReleaser,
    claimDeliveryFeeProductOrderIds: claim.claimDeliveryFeeProductOrderIds,
    claimDeliveryFeeDiscountAmount: claim.claimDeliveryFeeDiscountAmount,
    remoteAreaCostChargeAmount: claim.remoteAreaCostChargeAmount,
    claimCompleteOperationDate: formatKst(at),
    claimRequestAdmissionDate: admissionDate(type, claim),
    ...pickupSlot(record, claim),
    reDeliveryMethod: claim.reDeliveryMethod,
    reDeliveryStatus: claim.reDeliveryStatus,
    reDeliveryCompany: claim.reDeliveryCompany,
    reDeliveryTrackingNumber: claim.reDeliveryTrackingNumber,
    reDeliveryAddress: claim.reDeliveryAddress,
    reDeliveryOperationDate: claim.reDeliveryOperationDate,
  }
  // Rebuilt without the undefined fields rather than deleting them: a delete turns the object into a
  // slow dictionary of ~800 bytes, and every product order keeps its completed claims.
  const entry = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as CompletedClaim
  record.completedClaims.push(entry)
  record.times.claimCompleted = at
  // A finished exchange stays visible as the previous exchange (facts §10.7 [INF]).
  if (type === 'EXCHANGE') record.beforeExchange = structuredClone(claim)
}
