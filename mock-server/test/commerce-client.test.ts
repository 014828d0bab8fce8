/**
 * The typed client with `api: 'commerce'` against the real emulator: in-process through `app.request`,
 * and through MSW at the real Commerce host URL (https://api.commerce.naver.com/external, the docs'
 * base-url), where a mall app's token does not work. No TCP server runs in this file (MSW needs the
 * original global Response).
 */
import {
  createControlPlaneClient,
  createNpayClient,
  NpaySettlementError,
  NpayTokenError,
} from '@npay-sandbox/client'
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import { setupServer } from 'msw/node'
import { describe, expect, test } from 'vitest'
import { createSandbox } from '../src/index.ts'

const ORIGIN = 'http://emulator.test'
const COMMERCE_HOST = 'https://api.commerce.naver.com/external'
const HOUR = 3_600_000

function emulator() {
  const sandbox = createSandbox({ seed: 5, clock: 'frozen', startTime: Date.UTC(2024, 4, 15, 1) })
  const fetch = (request: Request) => sandbox.app.request(request)
  const control = createControlPlaneClient({ baseUrl: ORIGIN, fetch })
  return { sandbox, fetch, control }
}

async function commerceMerchant(control: ReturnType<typeof emulator>['control']) {
  const merchant = await control.createMerchant({ body: { api: 'commerce' } })
  const { orderId, productOrderIds } = await control.createOrder({ body: { clientId: merchant.clientId } })
  const now = (await control.getClock({ clientId: merchant.clientId })).epochMillis
  const credentials = { clientId: merchant.clientId, clientSecret: merchant.clientSecret }
  return { merchant, credentials, orderId, productOrderIds, from: formatKst(now - HOUR) }
}

describe('a commerce client against the emulator in-process', () => {
  test('gets a SELF token at /external and reads its orders at the seller paths', async () => {
    const { fetch, control, sandbox } = emulator()
    const { merchant, credentials, orderId, productOrderIds, from } = await commerceMerchant(control)
    const seller = createNpayClient({ api: 'commerce', ...credentials, baseUrl: `${ORIGIN}/external`, fetch })
    const changes = await seller.getLastChangedStatuses({ lastChangedFrom: from })
    expect(changes.data?.lastChangeStatuses?.map((r) => r.productOrderId)).toEqual(
      expect.arrayContaining(productOrderIds),
    )
    expect((await seller.getProductOrderIds({ orderId })).data).toEqual(productOrderIds)
    const { data } = await seller.queryProductOrders({ body: { productOrderIds } })
    expect(data?.[0]?.productOrder?.mallId).toBe(merchant.mallId)
    const paths = sandbox.engine
      .tenant(merchant.clientId)
      .journal.list()
      .map((e: { path: string }) => e.path)
    expect(paths).toContain('/external/v1/pay-order/seller/product-orders/query')
  })

  test('with accountId it gets a SELLER token of its own seller id', async () => {
    const { fetch, control } = emulator()
    const { merchant, credentials, from } = await commerceMerchant(control)
    const base = { api: 'commerce' as const, ...credentials, baseUrl: `${ORIGIN}/external`, fetch }
    const seller = createNpayClient({ ...base, accountId: merchant.mallId })
    const self = createNpayClient(base)
    expect(await seller.token()).not.toBe(await self.token())
    await expect(seller.getLastChangedStatuses({ lastChangedFrom: from })).resolves.toBeDefined()
    const stranger = createNpayClient({ ...base, accountId: 'ncp_nobody_01' })
    await expect(stranger.token()).rejects.toBeInstanceOf(NpayTokenError)
  })

  test('a settlement refusal at /v1/pay-settle is an NpaySettlementError naming the field', async () => {
    const { fetch, control } = emulator()
    const { credentials } = await commerceMerchant(control)
    const seller = createNpayClient({ api: 'commerce', ...credentials, baseUrl: `${ORIGIN}/external`, fetch })
    const query = { startDate: '2024-05-01', endDate: '2024-05-10', pageNumber: 1, pageSize: 1001 }
    const error = await seller.getSettleDaily(query).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NpaySettlementError)
    expect((error as NpaySettlementError).invalidInputs?.map((i) => i.name)).toContain('pageSize')
  })

  test('a commerce app cannot get a token as a mall client, nor a mall app as a commerce client', async () => {
    const { fetch, control } = emulator()
    const { credentials } = await commerceMerchant(control)
    const mallClient = createNpayClient({ ...credentials, baseUrl: `${ORIGIN}/npay/partner`, fetch })
    await expect(mallClient.token()).rejects.toBeInstanceOf(NpayTokenError)
    const { clientId, clientSecret } = DEFAULT_MERCHANT
    const wrongApi = createNpayClient({
      api: 'commerce',
      clientId,
      clientSecret,
      baseUrl: `${ORIGIN}/external`,
      fetch,
    })
    await expect(wrongApi.token()).rejects.toBeInstanceOf(NpayTokenError)
  })
})

describe('a commerce client through MSW at the real Commerce host', () => {
  test('reaches the emulator with the default base URL; a mall token is refused there', async () => {
    const { sandbox, control } = emulator()
    const { credentials, productOrderIds, from } = await commerceMerchant(control)
    const server = setupServer(...sandbox.handlers)
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const seller = createNpayClient({ api: 'commerce', ...credentials })
      expect(seller.baseUrl).toBe(COMMERCE_HOST)
      const { data } = await seller.queryProductOrders({ body: { productOrderIds } })
      expect(data?.map((d) => d.productOrder?.productOrderId)).toEqual(productOrderIds)

      const mall = createNpayClient(DEFAULT_MERCHANT)
      const mallToken = await mall.token()
      const url = new URL(`${COMMERCE_HOST}/v1/pay-order/seller/product-orders/last-changed-statuses`)
      url.searchParams.set('lastChangedFrom', from)
      const refused = await fetch(url, { headers: { authorization: `Bearer ${mallToken}` } })
      expect(refused.status).toBe(401)
      expect(((await refused.json()) as { code: string }).code).toBe('GW.AUTHN')
      // The client re-issues once on GW.AUTHN, and a mall app's credentials get no Commerce token.
      const mallAsSeller = createNpayClient({ api: 'commerce', ...DEFAULT_MERCHANT })
      await expect(mallAsSeller.getLastChangedStatuses({ lastChangedFrom: from })).rejects.toBeInstanceOf(
        NpayTokenError,
      )
    } finally {
      server.close()
    }
  })

  test('the mall host is still intercepted and its paths are not served under /external', async () => {
    const { sandbox, control } = emulator()
    const { credentials } = await commerceMerchant(control)
    const server = setupServer(...sandbox.handlers)
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const mall = createNpayClient(DEFAULT_MERCHANT)
      await expect(
        mall.getReviews({ inquiryTimeFrom: '2024-05-15T00:00:00.000+09:00' }),
      ).resolves.toBeDefined()
      const seller = createNpayClient({ api: 'commerce', ...credentials })
      const res = await fetch(`${COMMERCE_HOST}/v1/pay-order/mall/product-orders/confirm`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await seller.token()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ productOrderIds: ['2024051500000001'] }),
      })
      expect(res.status).toBe(404)
      expect(((await res.json()) as { code: string }).code).toBe('GW.NOT_FOUND')
    } finally {
      server.close()
    }
  })
})
