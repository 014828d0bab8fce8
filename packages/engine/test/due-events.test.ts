/** What falls due on the virtual clock: deposit deadlines and automatic purchase decisions. */
import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { DAY, HOUR, START, sandbox } from './support.ts'

test('an unpaid order expires when the clock passes paymentDueDays', () => {
  const s = sandbox({ paymentDueDays: 2 })
  const id = s.order({ paid: false })
  expect(s.detail(id).order?.paymentDueDate).toBe(formatKst(START + 2 * DAY))
  expect(s.tenant.advance(2 * DAY - 1)).toEqual([])
  expect(s.state(id).productOrderStatus).toBe('PAYMENT_WAITING')
  expect(s.tenant.advance(1)).toMatchObject([
    { productOrderId: id, event: 'expire-payment', at: formatKst(START + 2 * DAY) },
  ])
  expect(s.state(id).productOrderStatus).toBe('CANCELED_BY_NOPAYMENT')
  expect(s.run(id, 'pay').ok).toBe(false)
})

test('a paid order does not expire', () => {
  const s = sandbox()
  const id = s.order({ paid: false })
  s.run(id, 'pay')
  expect(s.tenant.advance(10 * DAY)).toEqual([])
  expect(s.state(id).productOrderStatus).toBe('PAYED')
})

function delivered() {
  const s = sandbox()
  const id = s.order()
  s.ship(id)
  s.tenant.advance(HOUR)
  s.run(id, 'deliver')
  return { s, id, deliveredAt: Date.parse(s.detail(id).delivery!.deliveredDate!) }
}

test('the purchase is decided automatically 8 days after delivery', () => {
  const { s, id, deliveredAt } = delivered()
  expect(s.tenant.advance(8 * DAY)).toEqual([
    {
      at: formatKst(deliveredAt + 8 * DAY),
      productOrderId: id,
      event: 'decide-purchase',
      description: 'automatic purchase decision 8 days after delivery',
    },
  ])
  expect(s.detail(id).productOrder).toMatchObject({
    productOrderStatus: 'PURCHASE_DECIDED',
    decisionDate: formatKst(deliveredAt + 8 * DAY),
  })
  const decided = s.lastChanged({ lastChangedFrom: formatKst(deliveredAt + 8 * DAY) })
  expect(decided?.lastChangeStatuses).toMatchObject([
    { lastChangedType: 'PURCHASE_DECIDED', productOrderStatus: 'PURCHASE_DECIDED' },
  ])
})

test('the purchase is not decided 7 days after delivery', () => {
  const { s, id } = delivered()
  expect(s.tenant.advance(7 * DAY)).toEqual([])
  expect(s.tenant.advance(DAY - 1)).toEqual([])
  expect(s.state(id).productOrderStatus).toBe('DELIVERED')
})

test('an open return stops the automatic purchase decision', () => {
  const { s, id } = delivered()
  s.run(id, 'buyer-return')
  expect(s.tenant.advance(9 * DAY)).toEqual([])
  expect(s.state(id)).toMatchObject({ productOrderStatus: 'DELIVERED', claimStatus: 'RETURN_REQUEST' })
})
