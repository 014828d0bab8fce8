/**
 * The hope-delivery change (배송 희망일 변경), an operation only the Commerce API has (docs
 * pay-order/seller/product-orders/{productOrderId}/hope-delivery/change): its required fields and the
 * refusals of its error table. Its cases run only against Commerce API targets.
 */
import assert from 'node:assert/strict'
import { formatKstDate } from '@npay-sandbox/protocol'
import type { CaseContext } from '../suite.ts'
import { defineSuite } from '../suite.ts'
import { failCodes } from './expect.ts'
import { syntheticId } from './synthetic.ts'

const DAY = 86_400_000

/** A valid change body: a day `days` ahead on the target's clock (`yyyyMMdd`, KST) and a reason. */
async function changeTo(context: CaseContext, days: number) {
  const hopeDeliveryYmd = formatKstDate((await context.now()) + days * DAY).replaceAll('-', '')
  return { hopeDeliveryYmd, changeReason: '고객 요청으로 배송 희망일 변경' }
}

export const hopeDelivery = defineSuite({
  id: 'hope-delivery',
  title: 'Hope-delivery change (Commerce API)',
  cases: [
    {
      name: 'a hope-delivery change without changeReason is a 400 4000 naming changeReason',
      operations: ['changeHopeDelivery'],
      async run(context) {
        const { hopeDeliveryYmd } = await changeTo(context, 4)
        const path = context.path('changeHopeDelivery', { productOrderId: syntheticId() })
        const response = await context.raw('POST', path, { body: { hopeDeliveryYmd } })
        assert.equal(response.status, 400)
        const body = response.body as { code?: string; invalidInputs?: { name: string }[] }
        assert.equal(body.code, '4000')
        assert.ok(
          body.invalidInputs?.some((i) => i.name === 'changeReason'),
          'invalidInputs name changeReason',
        )
      },
    },
    {
      name: 'a hope-delivery change of a product order nobody has fails with 100001 in the list',
      operations: ['changeHopeDelivery'],
      async run(context) {
        const result = await context.apiOf('commerce').changeHopeDelivery({
          productOrderId: syntheticId(),
          body: await changeTo(context, 4),
        })
        assert.deepEqual(failCodes(result), ['100001'])
      },
    },
    {
      name: 'a hope-delivery change of a product order bought without a hope day fails with 104441',
      operations: ['changeHopeDelivery'],
      needs: ['a paid product order'],
      // On a real host the fixture might be a hope-delivery order after all, which the call would change.
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const result = await context.apiOf('commerce').changeHopeDelivery({
          productOrderId,
          body: await changeTo(context, 4),
        })
        assert.deepEqual(failCodes(result), ['104441'])
      },
    },
  ],
})
