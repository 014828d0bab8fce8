/** Return claims through the state machine (facts §7.10–§7.14, §10.3). */
import assert from 'node:assert/strict'
import { defineSuite } from '../suite.ts'
import { bodyFor } from './default-body.ts'
import { expectState, failCodes } from './expect.ts'
import { syntheticId } from './synthetic.ts'

export const returns = defineSuite({
  id: 'returns',
  title: 'Return claims',
  cases: [
    {
      name: 'a seller return request of a delivered product order opens a return',
      operations: ['requestReturn'],
      needs: ['a delivered product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order')
        const body = await bodyFor(context, 'requestReturn', productOrderId)
        const result = await context.api.requestReturn({ productOrderId, body })
        assert.deepEqual(result.data?.successProductOrderIds, [productOrderId])
        await expectState(context, productOrderId, { claimType: 'RETURN', claimStatus: 'RETURN_REQUEST' })
      },
    },
    {
      name: 'a return request after the purchase decision fails with 9999',
      operations: ['requestReturn'],
      needs: ['a purchase-decided product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a purchase-decided product order')
        const body = await bodyFor(context, 'requestReturn', productOrderId)
        const result = await context.api.requestReturn({ productOrderId, body })
        assert.deepEqual(failCodes(result), ['9999'])
      },
    },
    {
      name: 'approving a return request returns the product order',
      operations: ['approveReturn'],
      needs: ['a delivered product order with a return request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a return request')
        assert.deepEqual(failCodes(await context.api.approveReturn({ productOrderId })), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'RETURNED',
          claimStatus: 'RETURN_DONE',
        })
      },
    },
    {
      name: 'rejecting a return request keeps the product order delivered',
      operations: ['rejectReturn'],
      needs: ['a delivered product order with a return request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a return request')
        const result = await context.api.rejectReturn({
          productOrderId,
          body: await bodyFor(context, 'rejectReturn', productOrderId),
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'DELIVERED',
          claimStatus: 'RETURN_REJECT',
        })
      },
    },
    {
      name: 'holding back a return request sets HOLDBACK and keeps the claim status',
      operations: ['holdbackReturn'],
      needs: ['a delivered product order with a return request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a return request')
        const result = await context.api.holdbackReturn({
          productOrderId,
          body: await bodyFor(context, 'holdbackReturn', productOrderId),
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          claimStatus: 'RETURN_REQUEST',
          holdbackStatus: 'HOLDBACK',
        })
      },
    },
    {
      name: 'a held-back return cannot be approved until it is released',
      operations: ['approveReturn', 'releaseReturnHoldback'],
      needs: ['a delivered product order with a held-back return'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a held-back return')
        assert.deepEqual(
          failCodes(await context.api.approveReturn({ productOrderId })),
          ['9999'],
          'approve while held',
        )
        assert.deepEqual(
          failCodes(await context.api.releaseReturnHoldback({ productOrderId })),
          [],
          'release',
        )
        await expectState(context, productOrderId, { holdbackStatus: 'RELEASED' })
        assert.deepEqual(
          failCodes(await context.api.approveReturn({ productOrderId })),
          [],
          'approve after release',
        )
        await expectState(context, productOrderId, {
          productOrderStatus: 'RETURNED',
          claimStatus: 'RETURN_DONE',
        })
      },
    },
    {
      name: 'a return action on a product order nobody has fails with 100001',
      operations: ['approveReturn'],
      async run(context) {
        assert.deepEqual(failCodes(await context.api.approveReturn({ productOrderId: syntheticId() })), [
          '100001',
        ])
      },
    },
  ],
})
