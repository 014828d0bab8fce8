/** Confirm, delay and dispatch (facts §7.5–§7.7): state changes, and per-item failures with HTTP 200. */
import assert from 'node:assert/strict'
import { formatKst } from '@npay-sandbox/protocol'
import { defineSuite } from '../suite.ts'
import { bodyFor } from './default-body.ts'
import { dispatchItem } from './dispatch-body.ts'
import { expectState, failCodes } from './expect.ts'
import { detailOf, epochOf } from './reads.ts'
import { syntheticId } from './synthetic.ts'

const DAY = 86_400_000

export const actions = defineSuite({
  id: 'actions',
  title: 'Confirm, delay and dispatch',
  cases: [
    {
      name: 'confirming a paid product order sets placeOrderStatus OK and keeps it PAYED',
      operations: ['confirmProductOrders'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const { data } = await context.api.confirmProductOrders({
          body: await bodyFor(context, 'confirmProductOrders', productOrderId),
        })
        assert.deepEqual(
          data?.successProductOrderInfos?.map((s) => s.productOrderId),
          [productOrderId],
        )
        assert.equal(typeof data?.successProductOrderInfos?.[0]?.isReceiverAddressChanged, 'boolean')
        await expectState(context, productOrderId, { productOrderStatus: 'PAYED', placeOrderStatus: 'OK' })
      },
    },
    {
      name: 'confirming a confirmed product order fails in the list with HTTP 200',
      operations: ['confirmProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const body = await bodyFor(context, 'confirmProductOrders', productOrderId)
        const result = await context.api.confirmProductOrders({ body })
        const codes = failCodes(result)
        assert.equal(codes.length, 1)
        assert.ok(['105306', '9999'].includes(codes[0] ?? ''), `105306 or 9999, got ${codes[0]}`)
      },
    },
    {
      name: 'confirming a product order nobody has fails with 100001 in the list',
      operations: ['confirmProductOrders'],
      async run(context) {
        const result = await context.api.confirmProductOrders({ body: { productOrderIds: [syntheticId()] } })
        assert.deepEqual(failCodes(result), ['100001'])
      },
    },
    {
      name: 'a dispatch delay moves the due date and keeps the product order PAYED',
      operations: ['delayDispatch'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const before = await detailOf(context.api, productOrderId)
        const due = epochOf(before.productOrder?.shippingDueDate, 'shippingDueDate')
        const body = await bodyFor(context, 'delayDispatch', productOrderId, due)
        assert.ok(epochOf(body.dispatchDueDate, 'dispatchDueDate') > due, 'the new due date is later')
        const result = await context.api.delayDispatch({ productOrderId, body })
        assert.deepEqual(failCodes(result), [])
        const after = await detailOf(context.api, productOrderId)
        assert.equal(after.productOrder?.shippingDueDate, body.dispatchDueDate)
        assert.equal(after.productOrder?.delayedDispatchReason, body.delayedDispatchReason)
        assert.equal(after.productOrder?.productOrderStatus, 'PAYED')
      },
    },
    {
      name: 'a dispatch delay to a past date fails with 104105',
      operations: ['delayDispatch'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const body = await bodyFor(context, 'delayDispatch', productOrderId)
        const result = await context.api.delayDispatch({
          productOrderId,
          body: { ...body, dispatchDueDate: formatKst((await context.now()) - DAY) },
        })
        assert.deepEqual(failCodes(result), ['104105'])
      },
    },
    {
      name: 'dispatching a confirmed product order moves it to DELIVERING with the delivery filled in',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const item = await dispatchItem(context, productOrderId)
        const { data } = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(data?.successProductOrderIds, [productOrderId])
        const detail = await detailOf(context.api, productOrderId)
        assert.equal(detail.productOrder?.productOrderStatus, 'DELIVERING')
        assert.equal(detail.delivery?.deliveryCompany, 'CJGLS')
        assert.equal(detail.delivery?.trackingNumber, item.trackingNumber)
      },
    },
    {
      name: 'a dispatch with an unknown delivery company fails with 104119',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const item = await dispatchItem(context, productOrderId, 'NO_SUCH_COMPANY')
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(failCodes(result), ['104119'])
        await expectState(context, productOrderId, { productOrderStatus: 'PAYED' })
      },
    },
    {
      name: 'dispatching a dispatched product order again fails with 9999',
      operations: ['dispatchProductOrders'],
      needs: ['a dispatched product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a dispatched product order')
        const item = await dispatchItem(context, productOrderId)
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(failCodes(result), ['9999'])
      },
    },
    {
      name: 'a dispatch listing one product order twice fails with 104131',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const items = [
          await dispatchItem(context, productOrderId),
          await dispatchItem(context, productOrderId),
        ]
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: items } })
        assert.ok(failCodes(result).includes('104131'), `104131 among ${failCodes(result)}`)
      },
    },
  ],
})
