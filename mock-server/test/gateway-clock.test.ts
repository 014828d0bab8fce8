/**
 * Gateway error bodies are dated on the merchant's virtual clock whenever the merchant is known, as
 * its API answers are (facts §3.7, §5.1 body shape); an unknown caller gets the wall clock.
 */
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

const IDS = '/v1/pay-order/mall/orders/1/product-order-ids'
const VIRTUAL = '2024-05-15T10:00:00.000+09:00' // the harness's frozen start
const THREE_HOURS_LATER = '2024-05-15T13:00:00.000+09:00'

async function gatewayBody(res: Response) {
  return (await res.json()) as { code: string; message: string; timestamp: string; traceId: string }
}

async function journalOf(h: Harness, clientId: string) {
  const res = await h.control('GET', `/__sandbox/requests?clientId=${clientId}&limit=1`)
  return ((await res.json()) as { requests: { status: number; clientId?: string }[] }).requests
}

test("a merchant's expired token gets 401 GW.AUTHN dated on that merchant's clock, every time", async () => {
  const h = harness()
  const token = await h.token()
  h.sandbox.engine.tenant().advance(3 * 3_600_000)
  for (let i = 0; i < 2; i++) {
    const res = await h.call('GET', IDS, { token })
    expect(res.status).toBe(401)
    expect(await gatewayBody(res)).toEqual({
      code: 'GW.AUTHN',
      message: '요청을 보낼 권한이 없습니다.',
      timestamp: THREE_HOURS_LATER,
      traceId: expect.any(String),
    })
  }
})

test("the 401 of a merchant's expired token lands in that merchant's journal", async () => {
  const h = harness()
  const other = (await (await h.control('POST', '/__sandbox/merchants', {})).json()) as {
    clientId: string
    clientSecret: string
  }
  const token = await h.token(other)
  h.sandbox.engine.tenant(other.clientId).advance(3 * 3_600_000)
  expect((await h.call('GET', IDS, { token })).status).toBe(401)
  expect(await journalOf(h, other.clientId)).toMatchObject([{ status: 401, clientId: other.clientId }])
})

test("a path that is no API, called with a merchant's token, gets 404 GW.NOT_FOUND on its clock", async () => {
  const h = harness()
  const token = await h.token()
  h.sandbox.engine.tenant().advance(60_000)
  const res = await h.call('GET', '/v1/pay-order/mall/nope', { token })
  expect(res.status).toBe(404)
  expect(await gatewayBody(res)).toEqual({
    code: 'GW.NOT_FOUND',
    message: '요청하신 리소스를 찾을 수 없습니다.',
    timestamp: '2024-05-15T10:01:00.000+09:00',
    traceId: expect.any(String),
  })
})

test('a path that is no API, with a known client_id in the query, gets 404 on that merchant’s clock', async () => {
  const h = harness()
  const res = await h.call('POST', `/v1/oauth2/tokens?client_id=${h.sandbox.engine.tenant().clientId}`)
  expect(res.status).toBe(404)
  expect((await gatewayBody(res)).timestamp).toBe(VIRTUAL)
})

test.each([
  ['an unknown token', IDS, 'Bearer nope', 401],
  ['no token, on a path that is no API', '/v1/pay-order/mall/nope', undefined, 404],
])(
  '%s names no merchant: the gateway dates the body on the wall clock',
  async (_, path, authorization, status) => {
    const h = harness()
    const before = Date.now()
    const res = await h.call('GET', path, authorization ? { headers: { authorization } } : {})
    const after = Date.now()
    expect(res.status).toBe(status)
    const at = Date.parse((await gatewayBody(res)).timestamp)
    expect(at).toBeGreaterThanOrEqual(before)
    expect(at).toBeLessThanOrEqual(after)
  },
)
