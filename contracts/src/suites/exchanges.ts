/** Exchange claims through the state machine (facts §7.15–§7.19, §10.4). */
import assert from 'node:assert/strict'
import { defineSuite } from '../suite.ts'
import { bodyFor } from './default-body.ts'
import { expectState, failCodes } from './expect.ts'

export const exchanges = defineSuite({
  id: 'exchanges',
  title: 'Exchange claims',
  cases: [
    {
      name: 'completing the collection of an exchange marks it COLLECT_DONE',
      operations: ['completeExchangeCollect'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        assert.deepEqual(failCodes(await context.api.completeExchangeCollect({ productOrderId })), [])
        await expectState(context, productOrderId, { claimType: 'EXCHANGE', claimStatus: 'COLLECT_DONE' })
      },
    },
    {
      name: 'an exchange cannot be re-dispatched before its collection (104417)',
      operations: ['redeliverExchange'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        const body = await bodyFor(context, 'redeliverExchange', productOrderId)
        const result = await context.api.redeliverExchange({ productOrderId, body })
        assert.deepEqual(failCodes(result), ['104417'])
      },
    },
    {
      name: 'a collected exchange is re-dispatched',
      operations: ['redeliverExchange'],
      needs: ['a delivered product order with a collected exchange'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a collected exchange')
        const body = await bodyFor(context, 'redeliverExchange', productOrderId)
        assert.deepEqual(failCodes(await context.api.redeliverExchange({ productOrderId, body })), [])
        await expectState(context, productOrderId, { claimStatus: 'EXCHANGE_REDELIVERING' })
      },
    },
    {
      name: 'rejecting an exchange request closes it',
      operations: ['rejectExchange'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        const result = await context.api.rejectExchange({
          productOrderId,
          body: await bodyFor(context, 'rejectExchange', productOrderId),
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'DELIVERED',
          claimStatus: 'EXCHANGE_REJECT',
        })
      },
    },
    {
      name: 'holding back an exchange request sets HOLDBACK',
      operations: ['holdbackExchange'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        const result = await context.api.holdbackExchange({
          productOrderId,
          body: await bodyFor(context, 'holdbackExchange', productOrderId),
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          claimStatus: 'EXCHANGE_REQUEST',
          holdbackStatus: 'HOLDBACK',
        })
      },
    },
    {
      name: 'releasing a held-back exchange sets RELEASED; releasing it again fails',
      operations: ['releaseExchangeHoldback'],
      needs: ['a delivered product order with a held-back exchange'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a held-back exchange')
        assert.deepEqual(failCodes(await context.api.releaseExchangeHoldback({ productOrderId })), [])
        await expectState(context, productOrderId, { holdbackStatus: 'RELEASED' })
        const again = failCodes(await context.api.releaseExchangeHoldback({ productOrderId }))
        assert.equal(again.length, 1, 'a second release fails')
        assert.ok(['105306', '9999'].includes(again[0] ?? ''), `105306 or 9999, got ${again[0]}`)
      },
    },
  ],
})
