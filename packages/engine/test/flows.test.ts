import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { failed, HOUR, ok, type PathStep, reach, START, sandbox } from './support.ts'

const types = (s: ReturnType<typeof sandbox>) =>
  s.lastChanged()?.lastChangeStatuses?.map((r) => r.lastChangedType)

const HOLDBACK_RETURN = {
  holdbackClassType: 'RETURN_DELIVERYFEE',
  holdbackReturnDetailReason: '반품 배송비 미입금',
  extraReturnFeeAmount: 3000,
}
const REDELIVERY = {
  reDeliveryMethod: 'DELIVERY',
  reDeliveryCompany: 'CJGLS',
  reDeliveryTrackingNumber: '6123456789012',
}

test('a return held back cannot be approved until the holdback is released', () => {
  const s = sandbox()
  const id = s.order()
  expect(s.confirm(id)).toEqual({
    successProductOrderInfos: [{ productOrderId: id, isReceiverAddressChanged: false }],
    failProductOrderInfos: [],
  })
  s.tenant.advance(HOUR)
  expect(s.ship(id)).toEqual(ok(id))
  expect(s.state(id)).toMatchObject({ productOrderStatus: 'DELIVERING', placeOrderStatus: 'OK' })
  s.tenant.advance(HOUR)
  expect(s.run(id, 'deliver').ok).toBe(true)
  expect(s.run(id, 'buyer-return').ok).toBe(true)
  expect(s.act('holdbackReturn', id, HOLDBACK_RETURN)).toEqual(ok(id))
  expect(s.act('approveReturn', id)).toEqual(failed(id, '9999'))
  expect(s.state(id)).toMatchObject({ claimStatus: 'RETURN_REQUEST', holdbackStatus: 'HOLDBACK' })
  expect(s.act('releaseReturnHoldback', id)).toEqual(ok(id))
  s.tenant.advance(HOUR)
  expect(s.act('approveReturn', id)).toEqual(ok(id))

  const detail = s.detail(id)
  expect(detail.productOrder).toMatchObject({
    productOrderStatus: 'RETURNED',
    claimType: 'RETURN',
    claimStatus: 'RETURN_DONE',
  })
  expect(detail.currentClaim?.return).toMatchObject({
    claimStatus: 'RETURN_DONE',
    holdbackStatus: 'RELEASED',
    holdbackReason: 'RETURN_DELIVERYFEE',
    claimDeliveryFeeDemandAmount: 3000,
  })
  // Approved an hour after the release, strictly after it (steps of one product order never share a ms).
  const claim = detail.currentClaim!.return!
  const completed = Date.parse(claim.returnCompletedDate!)
  expect(completed).toBeGreaterThan(Date.parse(claim.holdbackReleaseDate!))
  expect(completed - (START + 3 * HOUR)).toBeGreaterThanOrEqual(0)
  expect(completed - (START + 3 * HOUR)).toBeLessThan(1_000)
  expect(detail.completedClaims).toMatchObject([
    { claimType: 'RETURN', holdbackReason: 'RETURN_DELIVERYFEE' },
  ])
  expect(s.lastChanged()?.lastChangeStatuses).toMatchObject([
    { productOrderId: id, lastChangedType: 'PAYED', productOrderStatus: 'PAYED' },
    { lastChangedType: 'DISPATCHED', productOrderStatus: 'DELIVERING' },
    { lastChangedType: 'CLAIM_REQUESTED', claimType: 'RETURN', claimStatus: 'RETURN_REQUEST' },
    { lastChangedType: 'CLAIM_COMPLETED', productOrderStatus: 'RETURNED', claimStatus: 'RETURN_DONE' },
  ])
})

test('an exchange is re-delivered only after collection and ends EXCHANGED', () => {
  const s = sandbox()
  const id = s.order()
  s.ship(id)
  s.run(id, 'deliver')
  expect(s.run(id, 'buyer-exchange').ok).toBe(true)
  expect(s.act('redeliverExchange', id, REDELIVERY)).toEqual(failed(id, '104417'))
  expect(s.act('completeExchangeCollect', id)).toEqual(ok(id))
  expect(s.state(id)).toMatchObject({ claimType: 'EXCHANGE', claimStatus: 'COLLECT_DONE' })
  expect(s.act('redeliverExchange', id, REDELIVERY)).toEqual(ok(id))
  expect(s.state(id).claimStatus).toBe('EXCHANGE_REDELIVERING')
  expect(s.run(id, 'redeliver-done').ok).toBe(true)

  const detail = s.detail(id)
  expect(detail.productOrder).toMatchObject({ productOrderStatus: 'EXCHANGED', claimStatus: 'EXCHANGE_DONE' })
  expect(detail.currentClaim?.exchange).toMatchObject({
    reDeliveryCompany: 'CJGLS',
    reDeliveryTrackingNumber: '6123456789012',
    reDeliveryStatus: 'DELIVERY_COMPLETION',
  })
  expect(types(s)).toEqual([
    'PAYED',
    'DISPATCHED',
    'CLAIM_REQUESTED',
    'COLLECT_DONE',
    'CLAIM_REDELIVERING',
    'CLAIM_COMPLETED',
  ])
  expect(detail.completedClaims).toMatchObject([
    { claimType: 'EXCHANGE', reDeliveryTrackingNumber: '6123456789012' },
  ])
})

test('a completed exchange is kept as beforeClaim.exchange (facts §10.7)', () => {
  const s = sandbox()
  const id = s.order()
  s.ship(id)
  s.run(id, 'buyer-exchange')
  s.act('completeExchangeCollect', id)
  s.act('redeliverExchange', id, REDELIVERY)
  s.run(id, 'redeliver-done')
  expect(s.detail(id).beforeClaim?.exchange).toMatchObject({ claimStatus: 'EXCHANGE_DONE' })
})

test('a rejected exchange becomes beforeClaim when a return follows', () => {
  const s = sandbox()
  const id = s.order()
  s.ship(id)
  s.run(id, 'buyer-exchange')
  expect(s.act('rejectExchange', id, { rejectExchangeReason: '교환 불가 상품' })).toEqual(ok(id))
  expect(s.state(id)).toMatchObject({ productOrderStatus: 'DELIVERING', claimStatus: 'EXCHANGE_REJECT' })
  expect(s.run(id, 'buyer-return').ok).toBe(true)
  const detail = s.detail(id)
  expect(detail.beforeClaim?.exchange).toMatchObject({ claimStatus: 'EXCHANGE_REJECT' })
  expect(detail.currentClaim?.return).toMatchObject({ claimStatus: 'RETURN_REQUEST' })
  expect(detail.completedClaims).toMatchObject([{ claimType: 'EXCHANGE' }])
})

test('a seller cancel completes at once with CLAIM_REQUESTED then CLAIM_COMPLETED', () => {
  const s = sandbox()
  const id = s.order()
  s.tenant.advance(HOUR)
  expect(s.act('requestCancel', id, { cancelReason: 'SOLD_OUT', cancelDetailedReason: '재고 소진' })).toEqual(
    ok(id),
  )
  const detail = s.detail(id)
  expect(detail.productOrder).toMatchObject({
    productOrderStatus: 'CANCELED',
    claimType: 'CANCEL',
    claimStatus: 'CANCEL_DONE',
  })
  expect(detail.cancel).toMatchObject({
    cancelReason: 'SOLD_OUT',
    cancelDetailedReason: '재고 소진',
    requestChannel: '판매자',
  })
  // The clock is frozen: C6 and C7a happen at START + 1 h, C7a's row 1 ms later (rows of one order never share an instant).
  expect(detail.cancel?.cancelCompletedDate).toBe(formatKst(START + HOUR + 1))
  expect(detail.completedClaims).toMatchObject([{ claimType: 'CANCEL', claimRequestReason: 'SOLD_OUT' }])
  expect(s.lastChanged()?.lastChangeStatuses).toMatchObject([
    { lastChangedType: 'PAYED' },
    { lastChangedType: 'CLAIM_REQUESTED', claimType: 'CANCEL' },
    { lastChangedType: 'CLAIM_COMPLETED', productOrderStatus: 'CANCELED', claimStatus: 'CANCEL_DONE' },
  ])
  expect(s.ship(id)).toEqual(failed(id, '9999'))
})

test('a partial cancel keeps the order PAYED with reduced remainders and it can still be dispatched', () => {
  const s = sandbox()
  const id = s.order({ items: [{ quantity: 3, unitPrice: 10_000, deliveryFeeAmount: 3_000 }] })
  expect(s.act('requestCancel', id, { cancelReason: 'SOLD_OUT', cancelQuantity: 1 })).toEqual(ok(id))
  expect(s.detail(id).productOrder).toMatchObject({
    productOrderStatus: 'PAYED',
    claimType: 'CANCEL',
    claimStatus: 'CANCEL_DONE',
    initialQuantity: 3,
    remainQuantity: 2,
    remainProductAmount: 20_000,
    remainPaymentAmount: 23_000,
  })
  expect(s.detail(id).completedClaims).toMatchObject([{ claimType: 'CANCEL', requestQuantity: 1 }])
  expect(s.ship(id)).toEqual(ok(id))
  expect(s.state(id).productOrderStatus).toBe('DELIVERING')
  expect(types(s)).toEqual(['PAYED', 'CLAIM_REQUESTED', 'CLAIM_COMPLETED', 'DISPATCHED'])
})

test('a second cancel of the remaining quantity cancels the whole product order', () => {
  const s = sandbox()
  const id = s.order({ items: [{ quantity: 3, unitPrice: 10_000 }] })
  s.act('requestCancel', id, { cancelReason: 'SOLD_OUT', cancelQuantity: 1 })
  expect(s.act('requestCancel', id, { cancelReason: 'SOLD_OUT' })).toEqual(ok(id))
  expect(s.detail(id).productOrder).toMatchObject({
    productOrderStatus: 'CANCELED',
    remainQuantity: 0,
    remainPaymentAmount: 0,
  })
  expect(s.detail(id).completedClaims).toMatchObject([{ requestQuantity: 1 }, { requestQuantity: 2 }])
})

test('a buyer cancel after confirmation waits for approveCancel', () => {
  const s = sandbox()
  const id = s.order()
  s.confirm(id)
  expect(s.run(id, 'buyer-cancel').ok).toBe(true)
  expect(s.state(id)).toMatchObject({
    productOrderStatus: 'PAYED',
    claimType: 'CANCEL',
    claimStatus: 'CANCEL_REQUEST',
  })
  expect(s.confirm(id).failProductOrderInfos).toMatchObject([{ productOrderId: id, code: '9999' }])
  expect(s.act('approveCancel', id)).toEqual(ok(id))
  expect(s.state(id)).toMatchObject({ productOrderStatus: 'CANCELED', claimStatus: 'CANCEL_DONE' })
  const cancel = s.detail(id).cancel!
  expect(cancel.requestChannel).toBe('구매자')
  // On a frozen clock the approval still comes after the request it approves, within milliseconds.
  expect(Date.parse(cancel.cancelApprovalDate!)).toBeGreaterThan(Date.parse(cancel.claimRequestDate!))
  expect(Date.parse(cancel.cancelApprovalDate!) - START).toBeLessThan(1_000)
  expect(s.detail(id).completedClaims).toMatchObject([{ claimType: 'CANCEL', requestChannel: '구매자' }])
  expect(types(s)).toEqual(['PAYED', 'CLAIM_REQUESTED', 'CLAIM_COMPLETED'])
})

test('a buyer cancel before confirmation completes without the merchant', () => {
  const s = sandbox()
  const id = s.order()
  s.run(id, 'buyer-cancel')
  expect(s.state(id)).toMatchObject({ productOrderStatus: 'CANCELED', claimStatus: 'CANCEL_DONE' })
  expect(s.act('approveCancel', id)).toEqual(failed(id, '9999'))
})

test('dispatch while a cancel is requested rejects the cancel and dispatches', () => {
  const s = sandbox()
  const id = s.order()
  s.confirm(id)
  s.run(id, 'buyer-cancel')
  expect(s.ship(id)).toEqual(ok(id))
  expect(s.state(id)).toMatchObject({
    productOrderStatus: 'DELIVERING',
    claimType: 'CANCEL',
    claimStatus: 'CANCEL_REJECT',
  })
  expect(s.lastChanged()?.lastChangeStatuses?.slice(2)).toMatchObject([
    { lastChangedType: 'CLAIM_REJECTED', claimStatus: 'CANCEL_REJECT', productOrderStatus: 'PAYED' },
    { lastChangedType: 'DISPATCHED', productOrderStatus: 'DELIVERING' },
  ])
})

test('a buyer address change shows in confirm and in last-changed', () => {
  const s = sandbox()
  const id = s.order()
  expect(s.run(id, 'change-address').ok).toBe(true)
  expect(s.confirm(id).successProductOrderInfos).toEqual([
    { productOrderId: id, isReceiverAddressChanged: true },
  ])
  expect(s.lastChanged()?.lastChangeStatuses).toMatchObject([
    { lastChangedType: 'PAYED', receiverAddressChanged: false },
    {
      lastChangedType: 'DELIVERY_ADDRESS_CHANGED',
      receiverAddressChanged: true,
      productOrderStatus: 'PAYED',
    },
  ])
})

test('an unpaid order becomes PAYED when the deposit arrives', () => {
  const s = sandbox()
  const id = s.order({ paid: false })
  expect(s.detail(id).productOrder?.productOrderStatus).toBe('PAYMENT_WAITING')
  expect(s.detail(id).order?.paymentDate).toBeUndefined()
  expect(s.ship(id)).toEqual(failed(id, '9999'))
  s.tenant.advance(HOUR)
  expect(s.run(id, 'pay').ok).toBe(true)
  expect(s.state(id)).toMatchObject({ productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' })
  expect(s.detail(id).order?.paymentDate).toBe(formatKst(START + HOUR))
  expect(s.lastChanged()?.lastChangeStatuses).toMatchObject([
    { lastChangedType: 'PAY_WAITING', productOrderStatus: 'PAYMENT_WAITING' },
    { lastChangedType: 'PAYED', productOrderStatus: 'PAYED', paymentDate: formatKst(START + HOUR) },
  ])
})

const FINISHED_CLAIMS: [string, PathStep[], string][] = [
  ['a seller cancel', ['requestCancel'], 'CANCEL_DONE'],
  ['an approved buyer cancel', ['confirmProductOrders', 'buyer-cancel', 'approveCancel'], 'CANCEL_DONE'],
  [
    'a cancel rejected by dispatch',
    ['confirmProductOrders', 'buyer-cancel', 'dispatchProductOrders'],
    'CANCEL_REJECT',
  ],
  ['an admin cancel', ['admin-cancel'], 'ADMIN_CANCEL_DONE'],
  ['an approved return', ['dispatchProductOrders', 'buyer-return', 'approveReturn'], 'RETURN_DONE'],
  ['a rejected return', ['dispatchProductOrders', 'buyer-return', 'rejectReturn'], 'RETURN_REJECT'],
  ['a rejected exchange', ['dispatchProductOrders', 'buyer-exchange', 'rejectExchange'], 'EXCHANGE_REJECT'],
  [
    'a completed exchange',
    [
      'dispatchProductOrders',
      'buyer-exchange',
      'completeExchangeCollect',
      'redeliverExchange',
      'redeliver-done',
    ],
    'EXCHANGE_DONE',
  ],
]

test.each(FINISHED_CLAIMS)('completedClaims records the final status after %s', (_name, path, status) => {
  const s = sandbox()
  const id = reach(s.tenant, path)
  expect(s.state(id).claimStatus).toBe(status)
  expect(s.detail(id).completedClaims?.map((c) => c.claimStatus)).toEqual([status])
})
