import { expect, test } from 'vitest'
import { harness } from './harness.ts'

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(2024051500000000 + i))

async function badRequest(res: Response) {
  expect(res.status).toBe(400)
  return (await res.json()) as {
    code: string
    message: string
    invalidInputs?: { name: string; type: string }[]
  }
}

test.each([
  [
    'query with 301 ids',
    'POST',
    '/v1/pay-order/mall/product-orders/query',
    { productOrderIds: ids(301) },
    'productOrderIds',
  ],
  [
    'query with no ids',
    'POST',
    '/v1/pay-order/mall/product-orders/query',
    { productOrderIds: [] },
    'productOrderIds',
  ],
  [
    'confirm with 31 ids',
    'POST',
    '/v1/pay-order/mall/product-orders/confirm',
    { productOrderIds: ids(31) },
    'productOrderIds',
  ],
  [
    'dispatch with 31 items',
    'POST',
    '/v1/pay-order/mall/product-orders/dispatch',
    { dispatchProductOrders: ids(31).map((productOrderId) => ({ productOrderId })) },
    'dispatchProductOrders',
  ],
  [
    'a cancel without its reason',
    'POST',
    '/v1/pay-order/mall/product-orders/1/claim/cancel/request',
    {},
    'cancelReason',
  ],
  [
    'a cancel with an unknown reason',
    'POST',
    '/v1/pay-order/mall/product-orders/1/claim/cancel/request',
    { cancelReason: 'BORED' },
    'cancelReason',
  ],
  [
    'a holdback without its detail',
    'POST',
    '/v1/pay-order/mall/product-orders/1/claim/return/holdback',
    { holdbackClassType: 'ETC' },
    'holdbackReturnDetailReason',
  ],
])('%s is a 400 4000 naming the field', async (_, method, path, body, field) => {
  const h = harness()
  const body400 = await badRequest(await h.call(method, path, { token: await h.token(), body }))
  expect(body400.code).toBe('4000')
  expect(body400.message).toBe('잘못된 요청 파라미터')
  expect(body400.invalidInputs?.map((i) => i.name)).toContain(field)
})

test.each([
  ['a date-time without offset', '2024-05-15T10:00:00.000'],
  ['a date-time whose + became a space', '2024-05-15T10:00:00.000 09:00'],
  ['a date-time without milliseconds', '2024-05-15T10:00:00+09:00'],
  ['a date that does not exist', '2024-02-30T10:00:00.000+09:00'],
])('last-changed with %s is a 400 4000 naming lastChangedFrom', async (_, value) => {
  const h = harness()
  const res = await h.call(
    'GET',
    `/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom=${encodeURIComponent(value)}`,
    {
      token: await h.token(),
    },
  )
  const body = await badRequest(res)
  expect(body.code).toBe('4000')
  expect(body.invalidInputs?.[0]?.name).toBe('lastChangedFrom')
})

test('a last-changed window over 24 hours is a 400 104139', async () => {
  const h = harness()
  const q = new URLSearchParams({
    lastChangedFrom: '2024-05-15T00:00:00.000+09:00',
    lastChangedTo: '2024-05-16T00:00:00.001+09:00',
  })
  const body = await badRequest(
    await h.call('GET', `/v1/pay-order/mall/product-orders/last-changed-statuses?${q}`, {
      token: await h.token(),
    }),
  )
  expect(body).toMatchObject({ code: '104139', message: '조회 가능한 날짜 범위를 초과' })
})

test('a conditional query over 24 hours is a 400 4000 naming from, to', async () => {
  const h = harness()
  const q = new URLSearchParams({
    from: '2024-05-15T00:00:00.000+09:00',
    to: '2024-05-17T00:00:00.000+09:00',
    rangeType: 'PAYED_DATETIME',
  })
  const body = await badRequest(
    await h.call('GET', `/v1/pay-order/mall/product-orders?${q}`, { token: await h.token() }),
  )
  expect(body.code).toBe('4000')
  expect(body.invalidInputs?.[0]?.name).toBe('from, to')
})

test('a body that is not JSON is a 400 4000, never a 500', async () => {
  const h = harness()
  const body = await badRequest(
    await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
      token: await h.token(),
      body: '{"productOrderIds": [',
    }),
  )
  expect(body.code).toBe('4000')
})

test('an empty last-changed window answers without data by default', async () => {
  const h = harness()
  const q = new URLSearchParams({ lastChangedFrom: '2020-01-01T00:00:00.000+09:00' })
  const res = await h.call('GET', `/v1/pay-order/mall/product-orders/last-changed-statuses?${q}`, {
    token: await h.token(),
  })
  expect(res.status).toBe(200)
  expect(Object.keys((await res.json()) as object)).toEqual(['timestamp', 'traceId'])
})

test('the empty last-changed shape can be an empty list instead', async () => {
  const h = harness({ emptyLastChanged: 'empty-list' })
  const q = new URLSearchParams({ lastChangedFrom: '2020-01-01T00:00:00.000+09:00' })
  const res = await h.call('GET', `/v1/pay-order/mall/product-orders/last-changed-statuses?${q}`, {
    token: await h.token(),
  })
  expect(((await res.json()) as { data: unknown }).data).toEqual({ count: 0, lastChangeStatuses: [] })
})

test('conditional query filters accept repeated and comma-separated statuses', async () => {
  const h = harness()
  await h.order()
  const token = await h.token()
  const base = 'from=2024-05-15T09:00:00.000%2B09:00&rangeType=ORDERED_DATETIME'
  for (const filter of [
    'productOrderStatuses=PAYED&productOrderStatuses=DELIVERING',
    'productOrderStatuses=PAYED,DELIVERING',
  ]) {
    const res = await h.call('GET', `/v1/pay-order/mall/product-orders?${base}&${filter}`, { token })
    const data = ((await res.json()) as { data: { contents: unknown[]; pagination: unknown } }).data
    expect(data.contents).toHaveLength(1)
    expect(data.pagination).toEqual({ page: 1, size: 300, hasNext: false })
  }
})
