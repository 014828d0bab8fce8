/**
 * The delivery block (facts §8.5): filled at dispatch, completed when the carrier reports delivery. The
 * carrier's pick-up (`pickupDate`) lies strictly between the dispatch and the delivery.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { after } from './claim-dates.ts'
import type { EffectContext } from './effect-context.ts'

/** How long after the dispatch the carrier picks the parcel up, at most (half the way when sooner). */
const PICKUP_AFTER_MS = 6 * 3_600_000

export function fillDelivery({ record, at, input }: EffectContext) {
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
}

export function markDelivered({ record, at }: EffectContext) {
  const delivery = record.delivery
  record.times.delivered = at
  if (!delivery) return
  const sent = delivery.sendDate ? Date.parse(delivery.sendDate) : undefined
  // Two milliseconds past the dispatch at least, so the pick-up fits strictly between them.
  const delivered = sent === undefined ? at : after(at, sent + 1)
  if (sent !== undefined && delivery.deliveryCompany) {
    const pickup = sent + Math.max(1, Math.min(PICKUP_AFTER_MS, Math.floor((delivered - sent) / 2)))
    delivery.pickupDate = formatKst(pickup)
  }
  delivery.deliveredDate = formatKst(delivered)
  delivery.deliveryStatus = 'DELIVERY_COMPLETION'
}
