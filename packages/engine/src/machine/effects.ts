/**
 * What each transition writes besides the state itself (facts §10.7): dates, delivery and claim blocks,
 * quantities and remaining amounts, the completed-claims history. Effects change the stored record in
 * place after the row's state is written (machine/apply.ts); the tenant took a checkpoint first and undoes
 * every change of the transition if one throws.
 */
import { formatKst } from '@npay-sandbox/protocol'
import type { ClaimBlock, CompletedClaim, Order, ProductOrderRecord, ShippingAddress } from '../records.ts'
import type { Actor } from './events.ts'
import { reduceQuantity } from './quantities.ts'
import type { EffectName } from './table.ts'

/** Everything an event may carry, already validated by the caller. */
export interface EventInput {
  paid?: boolean
  reason?: string
  detailedReason?: string
  quantity?: number
  shippingAddress?: ShippingAddress
  dispatch?: {
    deliveryMethod: string
    deliveryCompanyCode?: string
    trackingNumber?: string
    dispatchDate: number
  }
  delay?: { dispatchDueDate: number; reason: string; detailedReason: string }
  collect?: { deliveryMethod: string; deliveryCompany?: string; trackingNumber?: string }
  holdback?: { classType: string; detailedReason: string; extraFeeAmount?: number }
  redelivery?: { deliveryMethod: string; deliveryCompany?: string; trackingNumber?: string }
  rejectReason?: string
}

export interface EffectContext {
  record: ProductOrderRecord
  order: Order
  at: number
  actor: Actor
  input: EventInput
  newClaimId: () => string
  randomAddress: () => ShippingAddress
}

type Effect = (ctx: EffectContext) => void

const REQUEST_CHANNEL: Record<Actor, string> = {
  buyer: '구매자',
  merchant: '판매자',
  carrier: '택배사',
  platform: '네이버페이 관리자',
  clock: '네이버페이 관리자',
}

const EFFECTS: Record<EffectName, Effect> = {
  placeOrder: () => {},
  recordPayment: ({ record, order, at }) => {
    order.paymentDate = formatKst(at)
    record.times.payed = at
  },
  confirmPlaceOrder: ({ record, at }) => {
    record.productOrder.placeOrderDate = formatKst(at)
  },
  delayDispatch: ({ record, input }) => {
    const d = input.delay!
    record.productOrder.shippingDueDate = formatKst(d.dispatchDueDate)
    record.productOrder.delayedDispatchReason = d.reason as never
    record.productOrder.delayedDispatchDetailedReason = d.detailedReason
  },
  changeAddress: ({ record, input, randomAddress }) => {
    record.productOrder.shippingAddress = input.shippingAddress ?? randomAddress()
    record.receiverAddressChanged = true
  },
  fillDelivery: ({ record, at, input }) => {
    const d = input.dispatch!
    record.productOrder.placeOrderDate ??= formatKst(at)
    record.productOrder.shippingStartDate = formatKst(d.dispatchDate)
    record.delivery = {
      deliveryMethod: d.deliveryMethod as never,
      ...(d.deliveryCompanyCode ? { deliveryCompany: d.deliveryCompanyCode } : {}),
      ...(d.trackingNumber ? { trackingNumber: d.trackingNumber } : {}),
      sendDate: formatKst(d.dispatchDate),
      deliveryStatus: 'DELIVERING',
      isWrongTrackingNumber: false,
    }
    record.times.dispatched = at
  },
  markDelivered: ({ record, at }) => {
    if (record.delivery) {
      record.delivery.deliveredDate = formatKst(at)
      record.delivery.deliveryStatus = 'DELIVERY_COMPLETION'
    }
    record.times.delivered = at
  },
  decidePurchase: ({ record, at }) => {
    record.productOrder.decisionDate = formatKst(at)
    record.times.decided = at
  },
  openClaim: (ctx) => openClaim(ctx),
  approveCancel: ({ record, at }) => {
    record.claim!.cancelApprovalDate = formatKst(at)
  },
  completeCancel: ({ record, at }) => {
    const claim = record.claim!
    claim.cancelApprovalDate ??= formatKst(at)
    claim.cancelCompletedDate = formatKst(at)
    claim.refundExpectedDate = formatKst(at)
    reduceQuantity(record, claim.requestQuantity ?? record.productOrder.remainQuantity ?? 0)
    archive(record, at)
  },
  rejectClaim: ({ record, at }) => archive(record, at),
  startCollect: ({ record }) => {
    record.claim!.collectStatus = 'DELIVERING'
  },
  completeCollect: ({ record, at }) => {
    record.claim!.collectStatus = 'DELIVERED'
    record.claim!.collectCompletedDate = formatKst(at)
    record.times.collectCompleted = at
  },
  completeReturn: ({ record, at }) => {
    const claim = record.claim!
    claim.returnCompletedDate = formatKst(at)
    claim.refundExpectedDate = formatKst(at)
    reduceQuantity(record, claim.requestQuantity ?? record.productOrder.remainQuantity ?? 0)
    archive(record, at)
  },
  holdback: ({ record, at, input }) => {
    const h = input.holdback!
    const claim = record.claim!
    claim.holdbackReason = h.classType as never
    claim.holdbackDetailedReason = h.detailedReason
    claim.holdbackConfigDate = formatKst(at)
    claim.holdbackConfigurer = '판매자'
    if (h.extraFeeAmount !== undefined) claim.etcFeeDemandAmount = h.extraFeeAmount
    delete claim.holdbackReleaseDate
    delete claim.holdbackReleaser
  },
  releaseHoldback: ({ record, at }) => {
    record.claim!.holdbackReleaseDate = formatKst(at)
    record.claim!.holdbackReleaser = '판매자'
  },
  redeliver: ({ record, at, input }) => {
    const r = input.redelivery!
    const claim = record.claim!
    claim.reDeliveryMethod = r.deliveryMethod as never
    if (r.deliveryCompany) claim.reDeliveryCompany = r.deliveryCompany
    if (r.trackingNumber) claim.reDeliveryTrackingNumber = r.trackingNumber
    claim.reDeliveryOperationDate = formatKst(at)
    claim.reDeliveryStatus = 'DELIVERING'
  },
  completeExchange: ({ record, at }) => {
    record.claim!.reDeliveryStatus = 'DELIVERY_COMPLETION'
    record.times.exchangeCompleted = at
    archive(record, at)
  },
}

/** Runs one named effect on the record. */
export function runEffect(name: EffectName, ctx: EffectContext): void {
  EFFECTS[name](ctx)
}

function openClaim({ record, at, actor, input, newClaimId }: EffectContext) {
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
  const reason = input.reason as never
  if (type === 'CANCEL' || type === 'ADMIN_CANCEL') {
    claim.cancelReason = reason
    if (input.detailedReason) claim.cancelDetailedReason = input.detailedReason
  } else if (type === 'RETURN' || type === 'EXCHANGE') {
    if (type === 'RETURN') {
      claim.returnReason = reason
      if (input.detailedReason) claim.returnDetailedReason = input.detailedReason
    } else {
      claim.exchangeReason = reason
      if (input.detailedReason) claim.exchangeDetailedReason = input.detailedReason
    }
    claim.collectStatus = 'COLLECT_REQUEST_TO_DELIVERY_COMPANY'
    claim.collectDeliveryMethod = (input.collect?.deliveryMethod ?? 'RETURN_DESIGNATED') as never
    if (input.collect?.deliveryCompany) claim.collectDeliveryCompany = input.collect.deliveryCompany
    if (input.collect?.trackingNumber) claim.collectTrackingNumber = input.collect.trackingNumber
    if (po.shippingAddress) claim.collectAddress = stripShipping(po.shippingAddress)
  }
  record.claim = claim
  po.claimId = claimId
  record.times.claimRequested = at
}

function stripShipping(a: ShippingAddress) {
  const {
    addressType,
    name,
    tel1,
    tel2,
    zipCode,
    baseAddress,
    detailedAddress,
    city,
    state,
    country,
    isRoadNameAddress,
  } = a
  return {
    addressType,
    name,
    tel1,
    tel2,
    zipCode,
    baseAddress,
    detailedAddress,
    city,
    state,
    country,
    isRoadNameAddress,
  }
}

/** Copies the finished claim into `completedClaims` (flattened, facts §8.7). */
function archive(record: ProductOrderRecord, at: number) {
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
    requestQuantity: claim.requestQuantity,
    refundExpectedDate: claim.refundExpectedDate,
    collectStatus: claim.collectStatus,
    collectDeliveryMethod: claim.collectDeliveryMethod,
    collectDeliveryCompany: claim.collectDeliveryCompany,
    collectTrackingNumber: claim.collectTrackingNumber,
    collectAddress: claim.collectAddress,
    etcFeeDemandAmount: claim.etcFeeDemandAmount,
    holdbackStatus: claim.holdbackStatus,
    holdbackReason: claim.holdbackReason,
    holdbackDetailedReason: claim.holdbackDetailedReason,
    reDeliveryMethod: claim.reDeliveryMethod,
    reDeliveryStatus: claim.reDeliveryStatus,
    reDeliveryCompany: claim.reDeliveryCompany,
    reDeliveryTrackingNumber: claim.reDeliveryTrackingNumber,
    reDeliveryOperationDate: claim.reDeliveryOperationDate,
    claimCompleteOperationDate: formatKst(at),
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
