import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { DIAGNOSTIC_HEADER, signClientSecret, TRACE_HEADER } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { BASE, harness, tokenForm } from './harness.ts'

const { clientId, clientSecret } = DEFAULT_MERCHANT
const postToken = (h: ReturnType<typeof harness>, body: URLSearchParams | string, query = '') =>
  h.sandbox.app.request(`${BASE}/v1/oauth2/token${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })

test('a correctly signed token request returns a fresh 3-hour bearer token', async () => {
  const h = harness()
  const res = await postToken(h, tokenForm(clientId, clientSecret))
  expect(res.status).toBe(200)
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toEqual({ access_token: expect.any(String), expires_in: 10800, token_type: 'Bearer' })
  expect(res.headers.get(TRACE_HEADER)).toMatch(/^[\w-]+\^\d{13}\^\d+$/)
})

test('the token parameters may come in the query string with an empty body', async () => {
  const h = harness()
  const res = await postToken(h, '', `?${tokenForm(clientId, clientSecret)}`)
  expect(res.status).toBe(200)
})

test('a second token request within the window returns the same token with the remaining seconds', async () => {
  const h = harness()
  const first = (await (await postToken(h, tokenForm(clientId, clientSecret))).json()) as Record<
    string,
    unknown
  >
  h.sandbox.engine.tenant().advance(3_600_000)
  const second = (await (await postToken(h, tokenForm(clientId, clientSecret))).json()) as Record<
    string,
    unknown
  >
  expect(second.access_token).toBe(first.access_token)
  expect(second.expires_in).toBe(7200)
})

test('below 30 minutes left a new token is issued and the old one keeps working until it expires', async () => {
  const h = harness()
  const old = await h.token()
  h.sandbox.engine.tenant().advance(10_800_000 - 1_799_000)
  const fresh = await h.token()
  expect(fresh).not.toBe(old)
  expect((await h.call('GET', '/v1/pay-order/mall/orders/1/product-order-ids', { token: old })).status).toBe(
    400,
  )
  h.sandbox.engine.tenant().advance(1_800_000)
  const expired = await h.call('GET', '/v1/pay-order/mall/orders/1/product-order-ids', { token: old })
  expect(expired.status).toBe(401)
  expect(
    (await h.call('GET', '/v1/pay-order/mall/orders/1/product-order-ids', { token: fresh })).status,
  ).toBe(400)
})

test.each([
  [
    'a timestamp 7 minutes old',
    () => tokenForm(clientId, clientSecret, Date.now() - 432_000),
    'timestamp',
    'older than the server clock',
  ],
  [
    'a timestamp a minute ahead',
    () => tokenForm(clientId, clientSecret, Date.now() + 60_000),
    'timestamp',
    'ahead of the server clock',
  ],
  [
    'a signature made with another secret',
    () => {
      const form = tokenForm(clientId, clientSecret)
      form.set(
        'client_secret_sign',
        signClientSecret(clientId, '$2a$04$abcdefghijklmnopqrstuu', form.get('timestamp')!),
      )
      return form
    },
    'client_secret_sign',
    "it must be bcrypt(client_id + '_' + timestamp) with the secret as salt, then Base64",
  ],
  [
    'an unknown client_id',
    () => tokenForm('unknownClient', clientSecret),
    'client_id',
    'no application is registered',
  ],
  [
    'a wrong grant_type',
    () => {
      const form = tokenForm(clientId, clientSecret)
      form.set('grant_type', 'password')
      return form
    },
    'grant_type',
    'client_credentials',
  ],
  [
    'type=SELLER without account_id',
    () => {
      const form = tokenForm(clientId, clientSecret)
      form.set('type', 'SELLER')
      return form
    },
    'account_id',
    'the seller ID or UID',
  ],
])(
  '%s is refused with 400 naming the parameter and a diagnostic header',
  async (_, form, name, diagnostic) => {
    const h = harness()
    const res = await postToken(h, form())
    expect(res.status).toBe(400)
    const body = (await res.json()) as { code: string; invalidInputs: { name: string }[]; traceId: string }
    expect(body.code).toBe('BAD_REQUEST')
    expect(body.invalidInputs.map((i) => i.name)).toEqual([name])
    expect(body.traceId).toBe(res.headers.get(TRACE_HEADER))
    expect(res.headers.get(DIAGNOSTIC_HEADER)).toContain(diagnostic)
    expect(JSON.stringify(body)).not.toContain(diagnostic)
  },
)

test('the failed token request is explained in the journal', async () => {
  const h = harness()
  await postToken(h, tokenForm(clientId, clientSecret, Date.now() - 432_000))
  const journal = (await (await h.control('GET', '/__sandbox/requests')).json()) as {
    requests: Record<string, unknown>[]
  }
  expect(journal.requests[0]).toMatchObject({
    method: 'POST',
    path: '/npay/partner/v1/oauth2/token',
    status: 400,
    code: 'BAD_REQUEST',
    diagnostic: expect.stringMatching(/^timestamp is 7m1[12]s older than the server clock/),
  })
})

test('diagnostics can be switched off', async () => {
  const h = harness({ diagnostics: false })
  const res = await postToken(h, tokenForm('unknownClient', clientSecret))
  expect(res.status).toBe(400)
  expect(res.headers.get(DIAGNOSTIC_HEADER)).toBeNull()
})

test.each([
  ['no Authorization header', undefined],
  ['a malformed header', 'Token abc'],
  ['an unknown token', 'Bearer nope'],
])('%s gets 401 GW.AUTHN with the real body', async (_, authorization) => {
  const h = harness()
  const res = await h.call('GET', '/v1/pay-order/mall/orders/1/product-order-ids', {
    ...(authorization ? { headers: { authorization } } : {}),
  })
  expect(res.status).toBe(401)
  const body = (await res.json()) as Record<string, string>
  expect(Object.keys(body)).toEqual(['code', 'message', 'timestamp', 'traceId'])
  expect(body).toMatchObject({ code: 'GW.AUTHN', message: '요청을 보낼 권한이 없습니다.' })
  expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+09:00$/)
  expect(res.headers.get(TRACE_HEADER)).toBe(body.traceId)
})

test.each(['/v1/pay-order/mall/nope', '/v2/anything', '/v1/pay-order/seller/product-orders/query'])(
  'an unknown path under the base (%s) gets 404 GW.NOT_FOUND',
  async (path) => {
    const h = harness()
    const res = await h.call('GET', path)
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({
      code: 'GW.NOT_FOUND',
      message: '요청하신 리소스를 찾을 수 없습니다.',
    })
    expect(res.headers.get(TRACE_HEADER)).toBeTruthy()
  },
)

test("one merchant's token never reads another merchant's orders", async () => {
  const h = harness()
  const other = (await (await h.control('POST', '/__sandbox/merchants', { name: '다른 가맹점' })).json()) as {
    clientId: string
    clientSecret: string
  }
  const mine = await h.order()
  const theirs = await h.order({ clientId: other.clientId })
  const token = await h.token()
  const res = await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
    token,
    body: { productOrderIds: [...mine.productOrderIds, ...theirs.productOrderIds] },
  })
  const data = ((await res.json()) as { data: { productOrder: { productOrderId: string } }[] }).data
  expect(data.map((d) => d.productOrder.productOrderId)).toEqual(mine.productOrderIds)
  const foreign = await h.call('GET', `/v1/pay-order/mall/orders/${theirs.orderId}/product-order-ids`, {
    token,
  })
  expect(await foreign.json()).toMatchObject({ code: '101010' })
  const approve = await h.call(
    'POST',
    `/v1/pay-order/mall/product-orders/${theirs.productOrderIds[0]}/claim/cancel/approve`,
    { token },
  )
  expect(((await approve.json()) as { data: unknown }).data).toEqual({
    successProductOrderIds: [],
    failProductOrderInfos: [
      {
        productOrderId: theirs.productOrderIds[0],
        code: '101009',
        message: '처리 권한이 없는 상품 주문 번호를 요청',
      },
    ],
  })
})
