/** The last-changed range message is Korean; a delay without a detailed reason is accepted (the docs mark no body field required). */
import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

const LAST_CHANGED = '/v1/pay-order/mall/product-orders/last-changed-statuses'
const enc = (epochMs: number) => encodeURIComponent(formatKst(epochMs))

test('lastChangedTo before lastChangedFrom is 400 4000 with a Korean message', async () => {
  const h = harness()
  const token = await h.token()
  const now = h.sandbox.engine.tenant().now()
  const res = await h.call(
    'GET',
    `${LAST_CHANGED}?lastChangedFrom=${enc(now - 60_000)}&lastChangedTo=${enc(now - 120_000)}`,
    { token },
  )
  expect(res.status).toBe(400)
  expect(await res.json()).toEqual({
    code: '4000',
    message: '잘못된 요청 파라미터',
    invalidInputs: [
      {
        name: 'lastChangedTo',
        type: 'Range',
        message: 'lastChangedTo: 조회 종료 일시는 시작 일시(lastChangedFrom)보다 이전일 수 없습니다.',
      },
    ],
    timestamp: '2024-05-15T10:00:00.000+09:00',
    traceId: expect.any(String),
  })
})

test('a delay without dispatchDelayedDetailedReason moves the due date (the docs leave it unmarked)', async () => {
  const h = harness()
  const token = await h.token()
  const id = (await h.order()).productOrderIds[0]!
  const due = '2024-05-25T23:59:59.000+09:00'
  const body = { dispatchDueDate: due, delayedDispatchReason: 'PRODUCT_PREPARE' }
  const res = await h.call('POST', `/v1/pay-order/mall/product-orders/${id}/delay`, { token, body })
  expect(res.status).toBe(200)
  expect(((await res.json()) as { data: unknown }).data).toEqual({
    successProductOrderIds: [id],
    failProductOrderInfos: [],
  })
  const query = await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
    token,
    body: { productOrderIds: [id] },
  })
  const po = ((await query.json()) as { data: { productOrder: Record<string, unknown> }[] }).data[0]!
    .productOrder
  expect(po).toMatchObject({ shippingDueDate: due, delayedDispatchReason: 'PRODUCT_PREPARE' })
  expect(po).not.toHaveProperty('delayedDispatchDetailedReason')
})
