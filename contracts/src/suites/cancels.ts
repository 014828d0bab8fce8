/** Cancel claims through the state machine (facts §7.8–§7.9, §10.2). */
import assert from 'node:assert/strict'
import { defineSuite } from '../suite.ts'
import { bodyFor } from './default-body.ts'
import { dispatchItem } from './dispatch-body.ts'
import { expectState, failCodes } from './expect.ts'

export const cancels = defineSuite({
  id: 'cancels',
  title: 'Cancel claims',
  cases: [
    {
      name: 'a seller cancel of a paid product order completes at once',
      operations: ['requestCancel'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const result = await context.api.requestCancel({
          productOrderId,
          body: await bodyFor(context, 'requestCancel', productOrderId),
        })
        assert.deepEqual(result.data?.successProductOrderIds, [productOrderId])
        await expectState(context, productOrderId, {
          productOrderStatus: 'CANCELED',
          claimType: 'CANCEL',
          claimStatus: 'CANCEL_DONE',
        })
      },
    },
    {
      name: 'a seller cancel of a product order awaiting its deposit cancels it',
      operations: ['requestCancel'],
      needs: ['an unpaid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('an unpaid product order')
        const result = await context.api.requestCancel({
          productOrderId,
          body: await bodyFor(context, 'requestCancel', productOrderId),
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'CANCELED',
          claimStatus: 'CANCEL_DONE',
        })
      },
    },
    {
      name: "approving a buyer's cancel request cancels the product order",
      operations: ['approveCancel'],
      needs: ['a confirmed product order with a cancel request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order with a cancel request')
        assert.deepEqual(failCodes(await context.api.approveCancel({ productOrderId })), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'CANCELED',
          claimStatus: 'CANCEL_DONE',
        })
      },
    },
    {
      name: 'approving a cancel that nobody requested fails with 9999',
      operations: ['approveCancel'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        assert.deepEqual(failCodes(await context.api.approveCancel({ productOrderId })), ['9999'])
        await expectState(context, productOrderId, { productOrderStatus: 'PAYED', claimType: null })
      },
    },
    {
      name: 'dispatching while a cancel request is pending rejects the request',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order with a cancel request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order with a cancel request')
        const item = await dispatchItem(context, productOrderId)
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(result.data?.successProductOrderIds, [productOrderId])
        await expectState(context, productOrderId, {
          productOrderStatus: 'DELIVERING',
          claimType: 'CANCEL',
          claimStatus: 'CANCEL_REJECT',
        })
      },
    },
  ],
})
