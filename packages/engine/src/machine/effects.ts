/**
 * What each transition writes besides the state itself (facts §10.7): dates, delivery and claim blocks,
 * quantities and remaining amounts, the completed-claims history. Effects change the stored record in
 * place after the row's state is written (machine/apply.ts); the tenant took a checkpoint first and undoes
 * every change of the transition if one throws. Claim blocks: claim-effects.ts (money: claim-money.ts,
 * collection: collect.ts), the history: archive.ts, the delivery: delivery-effects.ts.
 */
import { formatKst } from '@npay-sandbox/protocol'
import type { ClaimBlock } from '../records.ts'
import { archive } from './archive.ts'
import { after } from './claim-dates.ts'
import {
  completeCollect,
  holdback,
  openClaim,
  refundSettled,
  releaseHoldback,
  startCollect,
} from './claim-effects.ts'
import { fillDelivery, markDelivered } from './delivery-effects.ts'
import type { EffectContext } from './effect-context.ts'
import { changeHopeDelivery } from './hope-delivery.ts'
import { reduceQuantity } from './quantities.ts'
import type { EffectName } from './table.ts'

export type { ClaimSettings, EffectContext, EventInput } from './effect-context.ts'

type Effect = (ctx: EffectContext) => void

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
    // A new delay replaces the old one's text: without a detailed reason the product order has none.
    if (d.detailedReason === undefined) delete record.productOrder.delayedDispatchDetailedReason
    else record.productOrder.delayedDispatchDetailedReason = d.detailedReason
  },
  changeAddress: ({ record, input, randomAddress }) => {
    record.productOrder.shippingAddress = input.shippingAddress ?? randomAddress()
    record.receiverAddressChanged = true
  },
  fillDelivery,
  markDelivered,
  decidePurchase: ({ record, at }) => {
    record.productOrder.decisionDate = formatKst(at)
    record.times.decided = at
  },
  openClaim,
  approveCancel: ({ record, at }) => {
    record.claim!.cancelApprovalDate = formatKst(at)
  },
  completeCancel: ({ record, at }) => {
    const claim = record.claim!
    const done = completionInstant(claim, at)
    claim.cancelApprovalDate ??= formatKst(done)
    claim.cancelCompletedDate = formatKst(done)
    claim.refundExpectedDate = formatKst(done)
    refundSettled(claim)
    reduceQuantity(record, claim.requestQuantity ?? record.productOrder.remainQuantity ?? 0)
    archive(record, done)
  },
  rejectClaim: ({ record, at }) => {
    refundSettled(record.claim!)
    archive(record, completionInstant(record.claim!, at))
  },
  startCollect,
  completeCollect,
  completeReturn: ({ record, at }) => {
    const claim = record.claim!
    const done = completionInstant(claim, at)
    claim.returnCompletedDate = formatKst(done)
    claim.refundExpectedDate = formatKst(done)
    refundSettled(claim)
    reduceQuantity(record, claim.requestQuantity ?? record.productOrder.remainQuantity ?? 0)
    archive(record, done)
  },
  holdback,
  releaseHoldback,
  redeliver: ({ record, at, input }) => {
    const r = input.redelivery!
    const claim = record.claim!
    claim.reDeliveryMethod = r.deliveryMethod as never
    if (r.deliveryCompany) claim.reDeliveryCompany = r.deliveryCompany
    if (r.trackingNumber) claim.reDeliveryTrackingNumber = r.trackingNumber
    claim.reDeliveryAddress ??= claim.collectAddress && { ...claim.collectAddress }
    claim.reDeliveryOperationDate = formatKst(completionInstant(claim, at))
    claim.reDeliveryStatus = 'DELIVERING'
  },
  completeExchange: ({ record, at }) => {
    const claim = record.claim!
    claim.reDeliveryStatus = 'DELIVERY_COMPLETION'
    record.times.exchangeCompleted = at
    archive(record, completionInstant(claim, at))
  },
  changeHopeDelivery: ({ record, input }) => changeHopeDelivery(record, input.hopeDelivery!),
}

/**
 * When a claim step that finishes something happens: after every earlier date of the claim, so the
 * claim's dates stay in causal order even when the clock stood still between the actions.
 */
function completionInstant(claim: ClaimBlock, at: number): number {
  return after(
    at,
    claim.claimRequestDate,
    claim.collectCompletedDate,
    claim.holdbackConfigDate,
    claim.holdbackReleaseDate,
    claim.reDeliveryOperationDate,
  )
}

/** Runs one named effect on the record. */
export function runEffect(name: EffectName, ctx: EffectContext): void {
  EFFECTS[name](ctx)
}
