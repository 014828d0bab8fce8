/**
 * Steps of one product order happen one after another even when the clock stands still (facts §10.7: a
 * transition's dates are the instants it happened): never in one millisecond, never before their cause,
 * never ahead of the clock; back-dated history (what seeds write) goes into the change log in place.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { allChanges, DAY, HOUR, START, sandbox } from './support.ts'

const ms = (date: string | undefined) => Date.parse(date!)

test('on a frozen clock a held return is held after it was requested, released after it was held', () => {
  const s = sandbox()
  const id = s.order()
  s.confirm(id)
  s.ship(id)
  s.run(id, 'deliver')
  s.run(id, 'buyer-return')
  s.act('holdbackReturn', id, {
    holdbackClassType: 'RETURN_DELIVERYFEE',
    holdbackReturnDetailReason: '반품 배송비',
  })
  s.act('releaseReturnHoldback', id)
  const d = s.detail(id)
  const claim = d.currentClaim!.return!
  const instants = [
    d.order!.paymentDate,
    d.productOrder!.placeOrderDate,
    formatKst(s.tenant.productOrder(id)!.times.dispatched!),
    d.delivery!.deliveredDate,
    claim.claimRequestDate,
    claim.holdbackConfigDate,
    claim.holdbackReleaseDate,
  ].map(ms)
  for (let i = 1; i < instants.length; i++) expect(instants[i]).toBeGreaterThan(instants[i - 1]!)
})

test('every step of a product order has its own millisecond, and the clock is never behind it', () => {
  const s = sandbox()
  const id = s.order()
  s.confirm(id)
  s.ship(id)
  s.run(id, 'deliver')
  const history = s.tenant.productOrder(id)!.history
  expect(history.map((h) => h.at - START)).toEqual([0, 1, 2, 3])
  expect(s.tenant.now()).toBe(START + 3)
})

test('the dispatched row comes before the delivery, and 8 days after it the purchase is decided', () => {
  const s = sandbox()
  const id = s.order()
  s.ship(id)
  s.run(id, 'deliver')
  const dispatched = allChanges(s.tenant).find((r) => r.lastChangedType === 'DISPATCHED')!
  const delivered = ms(s.detail(id).delivery!.deliveredDate)
  expect(dispatched.at).toBeLessThan(delivered)
  expect(s.tenant.advance(8 * DAY - 1)).toEqual([])
  expect(s.tenant.advance(1)).toMatchObject([
    { event: 'decide-purchase', at: formatKst(delivered + 8 * DAY) },
  ])
})

test('a follow-up step comes after the step it follows (approval, then completion)', () => {
  const s = sandbox()
  const id = s.order()
  s.confirm(id)
  s.run(id, 'buyer-cancel')
  s.act('approveCancel', id)
  const claim = s.detail(id).currentClaim!.cancel!
  expect(ms(claim.cancelApprovalDate)).toBeGreaterThan(ms(claim.claimRequestDate))
  expect(ms(claim.cancelCompletedDate)).toBeGreaterThan(ms(claim.cancelApprovalDate))
})

test('a stale timer does not fire: the delivery decision timer after an exchange completed', () => {
  const s = sandbox()
  const id = s.order()
  s.ship(id)
  s.run(id, 'deliver')
  s.tenant.advance(DAY)
  s.run(id, 'buyer-exchange')
  s.act('completeExchangeCollect', id)
  s.act('redeliverExchange', id, {
    reDeliveryMethod: 'DELIVERY',
    reDeliveryCompany: 'CJGLS',
    reDeliveryTrackingNumber: '512345678901',
  })
  s.tenant.advance(3 * DAY)
  s.run(id, 'redeliver-done')
  const exchanged = s.tenant.now()
  // 8 days after the delivery: the order is EXCHANGED, its own 8 days run from the exchange.
  expect(s.tenant.advance(5 * DAY)).toEqual([])
  expect(s.tenant.advance(exchanged + 8 * DAY - s.tenant.now()).map((f) => f.event)).toEqual([
    'decide-purchase',
  ])
})

test('backdate runs steps at a past instant and files their rows before later ones', () => {
  const s = sandbox()
  s.tenant.advance(2 * DAY)
  const later = s.order()
  const earlier = s.tenant.backdate(START + HOUR, () => s.order())
  s.tenant.backdate(START + 2 * HOUR, () => s.confirm(earlier))
  expect(s.tenant.now()).toBe(START + 2 * DAY)
  expect(s.detail(earlier).order!.orderDate).toBe(formatKst(START + HOUR))
  expect(s.detail(earlier).productOrder!.placeOrderDate).toBe(formatKst(START + 2 * HOUR))
  expect(allChanges(s.tenant).map((r) => r.productOrderId)).toEqual([earlier, later])
  expect(() => s.tenant.backdate(START + 3 * DAY, () => 0)).toThrow(RangeError)
})
