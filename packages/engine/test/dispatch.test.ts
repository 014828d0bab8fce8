/** Per-item validation of dispatch and the dispatch delay (facts §7.6, §7.7). */
import { formatKst } from '@npay-sandbox/protocol'
import { describe, expect, test } from 'vitest'
import { DAY, failed, HOUR, ok, START, sandbox } from './support.ts'

const at = (offsetMs: number) => formatKst(START + offsetMs)

describe('dispatch validation', () => {
  type S = ReturnType<typeof sandbox>
  const cases: [string, string, (s: S, id: string) => Parameters<S['dispatch']>][] = [
    ['no company', '104118', (s, id) => [s.dispatchItem(id, { deliveryCompanyCode: undefined })]],
    ['an unknown company', '104119', (s, id) => [s.dispatchItem(id, { deliveryCompanyCode: 'NOPE' })]],
    ['no tracking number', '104120', (s, id) => [s.dispatchItem(id, { trackingNumber: undefined })]],
    ['a malformed tracking number', '104122', (s, id) => [s.dispatchItem(id, { trackingNumber: 'abc' })]],
    ['no dispatch date', '4000', (s, id) => [s.dispatchItem(id, { dispatchDate: undefined })]],
    ['a dispatch date in the future', '4000', (s, id) => [s.dispatchItem(id, { dispatchDate: at(HOUR) })]],
    ['an unknown id', '100001', (s) => [s.dispatchItem('2024051500000001')]],
    [
      "another merchant's id",
      '101009',
      (s) => [
        s.dispatchItem(s.engine.tenant(s.engine.createMerchant().clientId).createOrder().productOrderIds[0]!),
      ],
    ],
    [
      'a tracking number used by another order',
      '104121',
      (s, id) => {
        const other = s.order()
        s.dispatch(s.dispatchItem(other, { trackingNumber: '555566667777' }))
        return [s.dispatchItem(id, { trackingNumber: '555566667777' })]
      },
    ],
  ]
  test.each(cases)('dispatch with %s fails with %s', (_name, code, items) => {
    const s = sandbox()
    const id = s.order()
    const request = items(s, id)
    const result = s.dispatch(...request)
    expect(result).toEqual(failed(request[0]!.productOrderId, code))
    expect(s.state(id).productOrderStatus).toBe('PAYED')
  })

  test('an id named twice in one request is reported once with 104131 and not dispatched', () => {
    const s = sandbox()
    const [id, other] = [s.order(), s.order()]
    const result = s.dispatch(s.dispatchItem(id), s.dispatchItem(other), s.dispatchItem(id))
    expect(result).toEqual({
      successProductOrderIds: [other],
      failProductOrderInfos: [{ productOrderId: id, code: '104131', message: '상품 주문 번호 중복' }],
    })
    expect(s.state(id).productOrderStatus).toBe('PAYED')
    expect(s.state(other).productOrderStatus).toBe('DELIVERING')
  })

  test('product orders of one order may share a tracking number', () => {
    const s = sandbox()
    const [a, b] = s.tenant.createOrder({ items: [{}, {}] }).productOrderIds
    const result = s.dispatch(
      s.dispatchItem(a!, { trackingNumber: '555566667777' }),
      s.dispatchItem(b!, { trackingNumber: '5555-6666-7777' }),
    )
    expect(result.successProductOrderIds).toEqual([a, b])
  })

  test('after reset the tracking numbers of forgotten orders can be used again', () => {
    const s = sandbox()
    s.dispatch(s.dispatchItem(s.order(), { trackingNumber: '555566667777' }))
    s.tenant.reset()
    const id = s.order()
    expect(s.dispatch(s.dispatchItem(id, { trackingNumber: '555566667777' }))).toEqual(ok(id))
  })

  test('dispatch of a cancelled order fails with 9999', () => {
    const s = sandbox()
    const id = s.order()
    s.act('requestCancel', id, { cancelReason: 'SOLD_OUT' })
    expect(s.ship(id)).toEqual(failed(id, '9999'))
  })
})

describe('dispatch delay', () => {
  const delay = (dueOffset: number) => ({
    dispatchDueDate: at(dueOffset),
    delayedDispatchReason: 'PRODUCT_PREPARE',
    dispatchDelayedDetailedReason: '입고 지연',
  })

  test('a due date in the past fails with 104105', () => {
    const s = sandbox()
    const id = s.order()
    expect(s.act('delayDispatch', id, delay(-HOUR))).toEqual(failed(id, '104105'))
  })

  test('a due date before the current one fails with 104105', () => {
    const s = sandbox()
    const id = s.order()
    expect(s.act('delayDispatch', id, delay(HOUR))).toEqual(failed(id, '104105'))
  })

  test('a later due date moves shippingDueDate without a last-changed row', () => {
    const s = sandbox()
    const id = s.order()
    expect(s.act('delayDispatch', id, delay(7 * DAY))).toEqual(ok(id))
    expect(s.detail(id).productOrder).toMatchObject({
      productOrderStatus: 'PAYED',
      shippingDueDate: at(7 * DAY),
      delayedDispatchReason: 'PRODUCT_PREPARE',
      delayedDispatchDetailedReason: '입고 지연',
    })
    expect(s.lastChanged()?.count).toBe(1)
  })
})
