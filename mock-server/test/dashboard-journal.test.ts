/**
 * The journal the dashboard reads: who sent each request, item-level failures of a 200 (facts §10.6:
 * refused product orders come back in `failProductOrderInfos`), and one product order's request log.
 */
import { controlPlaneDocument } from '@npay-sandbox/schema'
import { expect, test } from 'vitest'
import { ResponseValidator } from '../src/validation/responses.ts'
import { type Harness, harness } from './harness.ts'

const strict = new ResponseValidator(controlPlaneDocument as unknown as Record<string, unknown>, 'cp-strict')
const PO = '/v1/pay-order/mall/product-orders'

interface Summary {
  id: string
  path: string
  status: number
  source: string
  partialFailure?: {
    succeeded: number
    failed: number
    codes: string[]
    items: { productOrderId: string; code: string }[]
  }
}

async function journal(h: Harness, query = '') {
  const res = await h.control('GET', `/__sandbox/requests${query}`)
  const body = (await res.json()) as { requests: Summary[] }
  expect(strict.validate('listRequests', 200, body)).toEqual([])
  return body.requests
}

test('a 200 that refused one of two product orders is summarised as a partial failure with its code', async () => {
  const h = harness()
  const token = await h.token()
  const kept = (await h.order()).productOrderIds[0]!
  const cancelled = (await h.order()).productOrderIds[0]!
  expect(
    (await h.control('POST', `/__sandbox/product-orders/${cancelled}/events/buyer-cancel`, {})).status,
  ).toBe(200)
  const res = await h.call('POST', `${PO}/confirm`, { token, body: { productOrderIds: [kept, cancelled] } })
  expect(res.status).toBe(200)
  const [entry] = await journal(h, '?limit=1')
  expect(entry).toMatchObject({
    status: 200,
    source: 'integration',
    partialFailure: {
      succeeded: 1,
      failed: 1,
      codes: ['9999'],
      items: [{ productOrderId: cancelled, code: '9999' }],
    },
  })
  const detail = await (await h.control('GET', `/__sandbox/requests/${entry!.id}`)).json()
  expect(detail).toMatchObject({ partialFailure: { failed: 1 } })
})

test('a fully successful 200 has no partial-failure summary', async () => {
  const h = harness()
  const token = await h.token()
  const { productOrderIds } = await h.order()
  await h.call('POST', `${PO}/confirm`, { token, body: { productOrderIds } })
  const [entry] = await journal(h, '?limit=1')
  expect(entry).toMatchObject({ status: 200, source: 'integration' })
  expect(entry).not.toHaveProperty('partialFailure')
})

test('the dashboard header marks its calls; control-plane changes are listed only when asked for', async () => {
  const h = harness()
  const { productOrderIds } = await h.order()
  const id = productOrderIds[0]!
  await h.call('POST', `${PO}/confirm`, {
    body: { productOrderIds: [id] },
    headers: { 'X-Npay-Sandbox-Source': 'dashboard', authorization: 'Bearer expired' },
  })
  await h.call('POST', `${PO}/confirm`, {
    body: { productOrderIds: [id] },
    headers: { authorization: 'Bearer x' },
  })
  expect((await journal(h)).map((r) => [r.source, r.status])).toEqual([
    ['integration', 401],
    ['dashboard', 401],
  ])
  expect((await journal(h, '?source=dashboard')).map((r) => r.source)).toEqual(['dashboard'])
  const control = await journal(h, '?source=control')
  expect(control.map((r) => r.path)).toEqual(['/__sandbox/orders'])
  expect((await journal(h, '?source=all')).map((r) => r.source)).toEqual([
    'integration',
    'dashboard',
    'control',
  ])
})

test("a product order's request log lists the requests that name it in the path or a body", async () => {
  const h = harness()
  const token = await h.token()
  const [a, b] = [(await h.order()).productOrderIds[0]!, (await h.order()).productOrderIds[0]!]
  await h.call('POST', `${PO}/confirm`, { token, body: { productOrderIds: [a] } })
  await h.call('POST', `${PO}/confirm`, { token, body: { productOrderIds: [b] } })
  await h.call('POST', `${PO}/${a}/delay`, { token, body: {} })
  const log = await journal(h, `?productOrderId=${a}&source=all`)
  expect(log.map((r) => r.path)).toEqual([
    `/npay/partner${PO}/${a}/delay`,
    `/npay/partner${PO}/confirm`,
    '/__sandbox/orders',
  ])
})
