import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { createEngine } from '../src/index.ts'

test('engine.dispatch ships a confirmed product order and engine.act requests its return', () => {
  const engine = createEngine({ seed: 3, clock: 'frozen' })
  const tenant = engine.tenant()
  const [id] = tenant.createOrder().productOrderIds
  const item = {
    productOrderId: id!,
    deliveryMethod: 'DELIVERY' as const,
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: '630000000042',
    dispatchDate: formatKst(tenant.now()),
  }
  expect(engine.dispatch(tenant, [item]).successProductOrderIds).toEqual([id])
  expect(tenant.productOrder(id!)?.productOrder.productOrderStatus).toBe('DELIVERING')
  expect(tenant.run(id!, 'deliver', {}, 'carrier').ok).toBe(true)
  const returned = engine.act(tenant, 'requestReturn', id!, {
    returnReason: 'INTENT_CHANGED',
    collectDeliveryMethod: 'RETURN_DESIGNATED',
  })
  expect(returned.failProductOrderInfos).toEqual([])
})

test("engine.act on another merchant's product order fails with 101009, on an unknown one with 100001", () => {
  const engine = createEngine({ seed: 3, clock: 'frozen' })
  const other = engine.createMerchant({ name: 'other shop' })
  const [foreign] = engine.tenant(other.clientId).createOrder().productOrderIds
  const mine = engine.tenant()
  const codes = (id: string) =>
    engine.act(mine, 'requestCancel', id, { cancelReason: 'INTENT_CHANGED' }).failProductOrderInfos
  expect(codes(foreign!)).toEqual([expect.objectContaining({ productOrderId: foreign, code: '101009' })])
  expect(codes('2026010100000000')).toEqual([expect.objectContaining({ code: '100001' })])
})
