/**
 * The Commerce API profile: a merchant app created with `"api": "commerce"` gets its token at
 * `/external/v1/oauth2/token` (type SELF or SELLER + account_id, facts §3.2 [DOC]) and its orders at
 * the seller paths; a mall app's credentials and tokens do not work there, nor a Commerce app's at
 * `/npay/partner`.
 */
import { signClientSecret } from '@npay-sandbox/protocol'
import { beforeEach, describe, expect, test } from 'vitest'
import { harness, ORIGIN, tokenForm } from './harness.ts'

const COMMERCE = `${ORIGIN}/external`
const MALL = `${ORIGIN}/npay/partner`

let h: ReturnType<typeof harness>
beforeEach(() => {
  h = harness()
})

interface Credentials {
  clientId: string
  clientSecret: string
  mallId: string
  api: string
  basePath: string
}

async function commerceApp(): Promise<Credentials> {
  const res = await h.control('POST', '/__sandbox/merchants', { api: 'commerce' })
  expect(res.status).toBe(201)
  return (await res.json()) as Credentials
}

const tokenAt = (base: string, form: URLSearchParams) =>
  h.sandbox.app.request(`${base}/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  })

async function tokenOf(base: string, form: URLSearchParams): Promise<string> {
  const res = await tokenAt(base, form)
  expect(res.status, await res.clone().text()).toBe(200)
  return ((await res.json()) as { access_token: string }).access_token
}

const get = (url: string, token: string) =>
  h.sandbox.app.request(url, { headers: { authorization: `Bearer ${token}` } })

const since = () => encodeURIComponent('2024-05-14T00:00:00.000+09:00')

describe('a Commerce API app', () => {
  test('is created with a seller id and says where its API is', async () => {
    const app = await commerceApp()
    expect(app.api).toBe('commerce')
    expect(app.basePath).toBe('/external')
    // The docs' seller ids look like ncp_1nsut9_01 [DOC example].
    expect(app.mallId).toMatch(/^ncp_[a-z0-9]{6}_01$/)
    const list = (await (await h.control('GET', '/__sandbox/merchants')).json()) as {
      merchants: { clientId: string; api: string }[]
    }
    expect(list.merchants.find((m) => m.clientId === app.clientId)?.api).toBe('commerce')
    expect(list.merchants.find((m) => m.clientId !== app.clientId)?.api).toBe('npay')
  })

  test('gets a SELF token at /external and reads its orders at the seller paths', async () => {
    const app = await commerceApp()
    const token = await tokenOf(COMMERCE, tokenForm(app.clientId, app.clientSecret))
    const order = await h.control('POST', '/__sandbox/orders', { clientId: app.clientId })
    expect(order.status).toBe(201)
    const { productOrderIds } = (await order.json()) as { productOrderIds: string[] }
    const clock = (await (await h.control('GET', `/__sandbox/clock?clientId=${app.clientId}`)).json()) as {
      now: string
    }
    const from = encodeURIComponent(new Date(Date.parse(clock.now) - 3_600_000).toISOString())
    const changed = await get(
      `${COMMERCE}/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom=${from}`,
      token,
    )
    expect(changed.status).toBe(200)
    const rows = ((await changed.json()) as { data: { lastChangeStatuses: { productOrderId: string }[] } })
      .data.lastChangeStatuses
    expect(rows.map((r) => r.productOrderId)).toEqual(expect.arrayContaining(productOrderIds))
    const query = await h.sandbox.app.request(`${COMMERCE}/v1/pay-order/seller/product-orders/query`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ productOrderIds }),
    })
    expect(query.status).toBe(200)
    const details = (await query.json()) as { data: { productOrder: { mallId: string } }[] }
    expect(details.data[0]?.productOrder.mallId).toBe(app.mallId)
  })

  test('needs type on its token request [DOC: required]', async () => {
    const app = await commerceApp()
    const form = tokenForm(app.clientId, app.clientSecret)
    form.delete('type')
    const res = await tokenAt(COMMERCE, form)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { code: string; invalidInputs: { name: string }[] }
    expect(body.code).toBe('BAD_REQUEST')
    expect(body.invalidInputs.map((i) => i.name)).toEqual(['type'])
  })

  test('SELLER needs account_id, and a SELLER token is its own token (one per type and account)', async () => {
    const app = await commerceApp()
    const seller = tokenForm(app.clientId, app.clientSecret)
    seller.set('type', 'SELLER')
    const missing = await tokenAt(COMMERCE, seller)
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { invalidInputs: { name: string }[] }).invalidInputs[0]?.name).toBe(
      'account_id',
    )
    seller.set('account_id', app.mallId)
    const sellerToken = await tokenOf(COMMERCE, seller)
    const selfToken = await tokenOf(COMMERCE, tokenForm(app.clientId, app.clientSecret))
    expect(sellerToken).not.toBe(selfToken)
    const url = `${COMMERCE}/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom=${since()}`
    expect((await get(url, sellerToken)).status).toBe(200)
    seller.set('account_id', 'ncp_other_01')
    expect((await tokenAt(COMMERCE, seller)).status).toBe(400)
  })

  test('its credentials and tokens do not work at the mall base, nor a mall app’s at /external', async () => {
    const app = await commerceApp()
    const ts = Date.now()
    const form = new URLSearchParams({
      client_id: app.clientId,
      timestamp: String(ts),
      grant_type: 'client_credentials',
      client_secret_sign: signClientSecret(app.clientId, app.clientSecret, ts),
    })
    const atMall = await tokenAt(MALL, form)
    expect(atMall.status).toBe(400)
    expect(((await atMall.json()) as { invalidInputs: { name: string }[] }).invalidInputs[0]?.name).toBe(
      'client_id',
    )
    const commerceToken = await tokenOf(COMMERCE, tokenForm(app.clientId, app.clientSecret))
    const mallUrl = `${MALL}/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom=${since()}`
    const refused = await get(mallUrl, commerceToken)
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { code: string }).code).toBe('GW.AUTHN')

    const mallToken = await h.token()
    const sellerUrl = `${COMMERCE}/v1/pay-order/seller/product-orders/last-changed-statuses?lastChangedFrom=${since()}`
    expect((await get(sellerUrl, mallToken)).status).toBe(401)
    const defaultAtCommerce = await tokenAt(
      COMMERCE,
      tokenForm('npaySandboxDefaultApp1', '$2a$04$npaySandboxDefaultSalt'),
    )
    expect(defaultAtCommerce.status).toBe(400)
  })

  test('has no review operation, and mall paths do not exist under /external', async () => {
    const app = await commerceApp()
    const token = await tokenOf(COMMERCE, tokenForm(app.clientId, app.clientSecret))
    for (const path of ['/v1/pay-order/seller/reviews', '/v1/pay-order/mall/product-orders/confirm']) {
      const res = await get(`${COMMERCE}${path}`, token)
      expect(res.status, path).toBe(404)
      expect(((await res.json()) as { code: string }).code).toBe('GW.NOT_FOUND')
    }
  })

  test('answers settlement at /v1/pay-settle with the settlement envelope', async () => {
    const app = await commerceApp()
    const token = await tokenOf(COMMERCE, tokenForm(app.clientId, app.clientSecret))
    const ok = await get(
      `${COMMERCE}/v1/pay-settle/settle/daily?startDate=2024-05-01&endDate=2024-05-10&pageNumber=1&pageSize=10`,
      token,
    )
    expect(ok.status).toBe(200)
    expect(Object.keys((await ok.json()) as object).sort()).toEqual(['elements', 'pagination'])
    const bad = await get(
      `${COMMERCE}/v1/pay-settle/settle/daily?startDate=nope&endDate=2024-05-10&pageNumber=1&pageSize=10`,
      token,
    )
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_REQUEST')
  })
})
