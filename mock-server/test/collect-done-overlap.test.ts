/**
 * The `collect-done` control-plane event performs the collection step itself, so a merchant's
 * exchange/collect/complete after it is refused as facts §10.6 says (HTTP 200, 9999 in
 * failProductOrderInfos); the journal says what already did the step and what the merchant can do now.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

const PO = '/v1/pay-order/mall/product-orders'

async function exchangeRequested(h: Harness, token: string): Promise<string> {
  const id = (await h.order()).productOrderIds[0]!
  const dispatchDate = formatKst(h.sandbox.engine.tenant().now())
  const item = { productOrderId: id, deliveryMethod: 'DELIVERY', deliveryCompanyCode: 'CJGLS' }
  const body = { dispatchProductOrders: [{ ...item, trackingNumber: '612345678901', dispatchDate }] }
  expect((await h.call('POST', `${PO}/dispatch`, { token, body })).status).toBe(200)
  for (const event of ['deliver', 'buyer-exchange'])
    expect((await h.control('POST', `/__sandbox/product-orders/${id}/events/${event}`, {})).status).toBe(200)
  return id
}

async function lastJournalEntry(h: Harness) {
  const res = await h.control('GET', '/__sandbox/requests?limit=1')
  return ((await res.json()) as { requests: { path: string; diagnostic?: string }[] }).requests[0]!
}

test('collect/complete after the collect-done event fails with 9999 and the journal names collect-done', async () => {
  const h = harness()
  const token = await h.token()
  const id = await exchangeRequested(h, token)
  await h.control('POST', `/__sandbox/product-orders/${id}/events/collect-done`, {})
  const res = await h.call('POST', `${PO}/${id}/claim/exchange/collect/complete`, { token })
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({
    timestamp: expect.any(String),
    traceId: expect.any(String),
    data: {
      successProductOrderIds: [],
      failProductOrderInfos: [
        { productOrderId: id, code: '9999', message: '주문상태 및 클레임상태를 확인하세요' },
      ],
    },
  })
  const entry = await lastJournalEntry(h)
  expect(entry.path).toContain('/collect/complete')
  expect(entry.diagnostic).toContain('EXCHANGE/COLLECT_DONE')
  expect(entry.diagnostic).toContain('since the control-plane event collect-done (carrier)')
  expect(entry.diagnostic).toContain('merchant actions allowed now: redeliverExchange')
})

test('collect/complete while the carrier is still collecting succeeds and leaves no diagnostic', async () => {
  const h = harness()
  const token = await h.token()
  const id = await exchangeRequested(h, token)
  await h.control('POST', `/__sandbox/product-orders/${id}/events/collect`, {})
  const res = await h.call('POST', `${PO}/${id}/claim/exchange/collect/complete`, { token })
  expect(((await res.json()) as { data: unknown }).data).toEqual({
    successProductOrderIds: [id],
    failProductOrderInfos: [],
  })
  expect((await lastJournalEntry(h)).diagnostic).toBeUndefined()
})

test('a dispatch sent twice says the product order was already dispatched through the merchant API', async () => {
  const h = harness()
  const token = await h.token()
  const id = (await h.order()).productOrderIds[0]!
  const dispatchDate = formatKst(h.sandbox.engine.tenant().now())
  const item = { productOrderId: id, deliveryMethod: 'DELIVERY', deliveryCompanyCode: 'CJGLS' }
  const body = { dispatchProductOrders: [{ ...item, trackingNumber: '612345678901', dispatchDate }] }
  await h.call('POST', `${PO}/dispatch`, { token, body })
  const again = await h.call('POST', `${PO}/dispatch`, { token, body })
  expect(((await again.json()) as { data: unknown }).data).toEqual({
    successProductOrderIds: [],
    failProductOrderInfos: [
      { productOrderId: id, code: '9999', message: '주문상태 및 클레임상태를 확인하세요' },
    ],
  })
  expect((await lastJournalEntry(h)).diagnostic).toContain(
    'it is already where dispatchProductOrders leads, since dispatchProductOrders (merchant API)',
  )
})

test.each([
  [true, 'carries'],
  [false, 'leaves out'],
])('with diagnostics %s the refused answer %s the X-Npay-Sandbox-Diagnostic header', async (diagnostics) => {
  const h = harness({ diagnostics })
  const token = await h.token()
  const id = await exchangeRequested(h, token)
  await h.control('POST', `/__sandbox/product-orders/${id}/events/collect-done`, {})
  const res = await h.call('POST', `${PO}/${id}/claim/exchange/collect/complete`, { token })
  const header = res.headers.get('x-npay-sandbox-diagnostic')
  if (diagnostics) expect(header).toContain('collect-done')
  else expect(header).toBeNull()
  // The journal explains the refusal either way.
  expect((await lastJournalEntry(h)).diagnostic).toContain('collect-done')
})
