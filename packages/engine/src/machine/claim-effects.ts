/**
 * What claim transitions write into the claim block (facts §8.6, §10.7): the block a request opens, its
 * collection, holdbacks and the refund that waits on them. The value sets of `requestChannel` and
 * `refundStandby*` are not public (open Q13); docs/fidelity.md lists the labels chosen.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { postalAddress } from '../addresses.ts'
import { returnReceiveAddressOf } from '../merchants.ts'
import type { ClaimBlock, ProductOrderRecord } from '../records.ts'
import { after } from './claim-dates.ts'
import { chargeHoldback, chargeOnRequest, type FeeContext } from './claim-money.ts'
import { initialCollectStatus, registerPickup } from './collect.ts'
import type { EffectContext } from './effect-context.ts'
import type { Actor } from './events.ts'

const REQUEST_CHANNEL: Record<Actor, string> = {
  buyer: '구매자',
  merchant: '판매자',
  carrier: '택배사',
  platform: '네이버페이 관리자',
  clock: '네이버페이 관리자',
}

/** Korean labels of the holdback reasons (docs enum), the reason a held refund waits for. */
const HOLDBACK_LABEL: Record<string, string> = {
  RETURN_DELIVERYFEE: '반품 배송비 청구',
  EXTRAFEEE: '추가 비용 청구',
  RETURN_DELIVERYFEE_AND_EXTRAFEEE: '반품 배송비 + 추가 비용 청구',
  RETURN_PRODUCT_NOT_DELIVERED: '반품 상품 미입고',
  ETC: '기타 사유',
  SELLER_CONFIRM_NEED: '판매자 확인 필요',
  PURCHASER_CONFIRM_NEED: '구매자 확인 필요',
  SELLER_REMIT: '판매자 직접 송금',
  ETC2: '기타',
}

/** Reasons for which a buyer attaches photos of what arrived (returnImageUrl / exchangeImageUrl). */
const PHOTO_REASONS: ReadonlySet<string> = new Set([
  'BROKEN',
  'BROKEN_AND_BAD',
  'WRONG_DELIVERY',
  'WRONG_OPTION',
  'INCORRECT_INFO',
  'PRODUCT_UNSATISFIED',
])

const IMAGE_HOST = 'https://shop-phinf.pstatic.net'

function feeContext({ record, order, merchant }: EffectContext): FeeContext {
  const type = record.productOrder.claimType === 'EXCHANGE' ? 'EXCHANGE' : 'RETURN'
  return { record, order, type, returnDeliveryFee: merchant?.returnDeliveryFee }
}

/** Opens the claim block of a request (the product order already carries its new type and status). */
export function openClaim(ctx: EffectContext) {
  const { record, at, actor, input, newClaimId } = ctx
  const po = record.productOrder
  const claimId = newClaimId()
  const type = po.claimType!
  const claim: ClaimBlock = {
    claimId,
    claimStatus: po.claimStatus!,
    claimRequestDate: formatKst(at),
    requestChannel: REQUEST_CHANNEL[actor],
    requestQuantity: input.quantity ?? po.remainQuantity ?? po.quantity ?? 1,
  }
  record.claim = claim
  po.claimId = claimId
  record.times.claimRequested = at
  if (type === 'CANCEL' || type === 'ADMIN_CANCEL') {
    claim.cancelReason = input.reason as never
    if (input.detailedReason) claim.cancelDetailedReason = input.detailedReason
    refundWaits(record)
    return
  }
  if (type !== 'RETURN' && type !== 'EXCHANGE') return
  const reason = input.reason as never
  if (type === 'RETURN') {
    claim.returnReason = reason
    if (input.detailedReason) claim.returnDetailedReason = input.detailedReason
  } else {
    claim.exchangeReason = reason
    if (input.detailedReason) claim.exchangeDetailedReason = input.detailedReason
  }
  openCollect(ctx, claim)
  if (type === 'EXCHANGE' && claim.collectAddress) claim.reDeliveryAddress = { ...claim.collectAddress }
  chargeOnRequest(claim, input.reason, feeContext(ctx))
  if (actor === 'buyer' && input.reason && PHOTO_REASONS.has(input.reason)) {
    claim[type === 'RETURN' ? 'returnImageUrl' : 'exchangeImageUrl'] = claimImages(claimId, at)
  }
  refundWaits(record)
}

function openCollect({ record, input, merchant }: EffectContext, claim: ClaimBlock) {
  const po = record.productOrder
  claim.collectDeliveryMethod = (input.collect?.deliveryMethod ?? 'RETURN_DESIGNATED') as never
  claim.collectStatus = initialCollectStatus(claim)
  if (input.collect?.deliveryCompany) claim.collectDeliveryCompany = input.collect.deliveryCompany
  if (input.collect?.trackingNumber) claim.collectTrackingNumber = input.collect.trackingNumber
  if (po.shippingAddress) claim.collectAddress = postalAddress(po.shippingAddress)
  const setting = merchant?.returnReceiveAddress
  const derived = po.takingAddress ? returnReceiveAddressOf(po.takingAddress, po.mallId) : undefined
  const receive = setting ?? derived
  if (receive) claim.returnReceiveAddress = { ...receive }
}

/** 1–3 photo URLs on the image host, named after the claim so the same seed gives the same URLs. */
function claimImages(claimId: string, at: number): string[] {
  const day = formatKst(at).slice(0, 10).replaceAll('-', '')
  const count = 1 + (Number(claimId.slice(-1)) % 3)
  return Array.from(
    { length: count },
    (_, i) => `${IMAGE_HOST}/${day}_${claimId.slice(-3)}/${claimId}${i + 1}_JPEG/claim_${i + 1}.jpg`,
  )
}

/** The carrier took the item: collection is under way. */
export function startCollect({ record }: EffectContext) {
  const claim = record.claim!
  claim.collectStatus = 'DELIVERING'
  registerPickup(record, claim)
}

/** The item arrived back (reported by the carrier, or confirmed by the merchant). */
export function completeCollect({ record, at }: EffectContext) {
  const claim = record.claim!
  registerPickup(record, claim)
  claim.collectStatus = 'DELIVERED'
  claim.collectCompletedDate = formatKst(after(at, claim.claimRequestDate))
  record.times.collectCompleted = at
  refundWaits(record)
}

/** The merchant holds the claim back, demanding a fee or a check (facts §7.13, §7.18). */
export function holdback(ctx: EffectContext) {
  const { record, at, input } = ctx
  const h = input.holdback!
  const claim = record.claim!
  claim.holdbackReason = h.classType as never
  claim.holdbackDetailedReason = h.detailedReason
  claim.holdbackConfigDate = formatKst(after(at, claim.claimRequestDate, claim.holdbackReleaseDate))
  claim.holdbackConfigurer = '판매자'
  chargeHoldback(claim, h.classType, h.extraFeeAmount, feeContext(ctx))
  delete claim.holdbackReleaseDate
  delete claim.holdbackReleaser
  refundWaits(record)
}

export function releaseHoldback({ record, at }: EffectContext) {
  const claim = record.claim!
  claim.holdbackReleaseDate = formatKst(after(at, claim.holdbackConfigDate))
  claim.holdbackReleaser = '판매자'
  refundWaits(record)
}

/**
 * While a return's or a requested cancel's refund waits, what it waits for: the item's collection, the
 * merchant's approval, or a holdback. Exchanges refund nothing. Called after each claim effect; the
 * holdback status itself is written after effects run (machine/apply.ts), so a held claim is told by
 * its configuration date without a release.
 */
export function refundWaits(record: ProductOrderRecord) {
  const claim = record.claim!
  const type = record.productOrder.claimType
  const status = claim.claimStatus
  let reason: string | undefined
  if (type === 'RETURN' && claim.holdbackConfigDate && !claim.holdbackReleaseDate) {
    claim.refundStandbyStatus = '환불보류'
    claim.refundStandbyReason = HOLDBACK_LABEL[claim.holdbackReason ?? 'ETC'] ?? '기타 사유'
    return
  }
  if (type === 'RETURN' && (status === 'RETURN_REQUEST' || status === 'COLLECTING'))
    reason = '반품 상품 수거 대기'
  else if (type === 'RETURN' && status === 'COLLECT_DONE') reason = '반품 승인 대기'
  else if (type === 'CANCEL' && status === 'CANCEL_REQUEST') reason = '취소 승인 대기'
  if (reason) {
    claim.refundStandbyStatus = '환불대기'
    claim.refundStandbyReason = reason
  }
}

/** The claim is finished (refunded, or refused): no refund waits any more. */
export function refundSettled(claim: ClaimBlock) {
  if (claim.refundStandbyStatus === undefined && claim.refundStandbyReason === undefined) return
  delete claim.refundStandbyStatus
  delete claim.refundStandbyReason
}
