/**
 * A client of the Commerce API (`api: 'commerce'`): seller paths of the Commerce operation index, the
 * Commerce host by default, a token request with `type` (SELF, or SELLER with account_id), settlement
 * errors at `/v1/pay-settle/`, and method tables that differ by profile at run time and in the types.
 */
import type { ApiProfile } from '@npay-sandbox/protocol'
import { commerceApiOperationIndex } from '@npay-sandbox/schema'
import { afterEach, expect, test, vi } from 'vitest'
import {
  type CommerceClient,
  createNpayClient,
  type NpayClient,
  type NpayOperationResult,
  NpaySettlementError,
} from '../src/index.ts'
import { CLIENT_ID, CLIENT_SECRET, createFakeNpayServer, json, ORIGIN } from './fake-npay-server.ts'

const COMMERCE_BASE = `${ORIGIN}/external`
const ID = '2024060712345601'
const SELLER_ID = 'ncp_1nsut9_01'
const credentials = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }

afterEach(() => {
  vi.unstubAllGlobals()
})

function recordingFetch() {
  const calls: { method: string; pathname: string }[] = []
  const forms: URLSearchParams[] = []
  const fetch = async (request: Request) => {
    const { pathname } = new URL(request.url)
    if (pathname.endsWith('/v1/oauth2/token')) {
      forms.push(new URLSearchParams(await request.text()))
      return json(200, { access_token: 'token', expires_in: 10_800, token_type: 'Bearer' })
    }
    calls.push({ method: request.method, pathname })
    return json(200, { timestamp: 't', traceId: 'x', data: [] })
  }
  return { fetch, calls, forms }
}

const pathInput = (template: string) =>
  Object.fromEntries(Array.from(template.matchAll(/\{([^{}]+)\}/g), (m) => [m[1], ID]))

test.each(commerceApiOperationIndex.filter((op) => op.operationId !== 'issueToken'))(
  'commerce $operationId sends $method $path under /external',
  async ({ operationId, method, path }) => {
    const { fetch, calls } = recordingFetch()
    const seller = createNpayClient({ api: 'commerce', ...credentials, baseUrl: COMMERCE_BASE, fetch })
    const call = seller[operationId] as (input: Record<string, unknown>) => Promise<unknown>
    await call(pathInput(path))
    expect(calls).toEqual([{ method, pathname: `/external${path.replaceAll(/\{[^{}]+\}/g, ID)}` }])
  },
)

test('the seller-only and mall-only operations are where the docs put them', () => {
  const seller = createNpayClient({ api: 'commerce', ...credentials })
  const mall = createNpayClient(credentials)
  expect(typeof seller.changeHopeDelivery).toBe('function')
  expect('getReviews' in seller).toBe(false)
  expect(typeof mall.getReviews).toBe('function')
  expect('changeHopeDelivery' in mall).toBe(false)
  expect([seller.api, mall.api]).toEqual(['commerce', 'npay'])
})

test('exchange collection is approved at the seller path collect/approve', async () => {
  const { fetch, calls } = recordingFetch()
  const seller = createNpayClient({ api: 'commerce', ...credentials, baseUrl: COMMERCE_BASE, fetch })
  await seller.completeExchangeCollect({ productOrderId: ID })
  // docs: pay-order/seller/product-orders/{productOrderId}/claim/exchange/collect/approve.POST.md
  expect(calls[0]?.pathname).toBe(
    `/external/v1/pay-order/seller/product-orders/${ID}/claim/exchange/collect/approve`,
  )
})

test('the default base URL is the Commerce API host, for development and production alike', async () => {
  const seller = createNpayClient({ api: 'commerce', ...credentials })
  // docs: oauth2/token.POST.md base-url
  expect(seller.baseUrl).toBe('https://api.commerce.naver.com/external')
  const seen: string[] = []
  vi.stubGlobal('fetch', async (request: Request) => {
    seen.push(request.url)
    return json(200, { access_token: 'late', expires_in: 10_800, token_type: 'Bearer' })
  })
  await seller.token()
  expect(seen).toEqual(['https://api.commerce.naver.com/external/v1/oauth2/token'])
})

test('a commerce token request says type=SELF, which the Commerce API requires', async () => {
  const { fetch, forms } = recordingFetch()
  await createNpayClient({ api: 'commerce', ...credentials, baseUrl: COMMERCE_BASE, fetch }).issueToken()
  expect(forms[0]?.get('type')).toBe('SELF')
  expect(forms[0]?.has('account_id')).toBe(false)
})

test('a commerce client with accountId asks for a SELLER token of that seller', async () => {
  const { fetch, forms } = recordingFetch()
  const options = { api: 'commerce' as const, ...credentials, baseUrl: COMMERCE_BASE, fetch }
  await createNpayClient({ ...options, accountId: SELLER_ID }).issueToken()
  expect([forms[0]?.get('type'), forms[0]?.get('account_id')]).toEqual(['SELLER', SELLER_ID])
  await createNpayClient({ ...options, type: 'SELF', accountId: SELLER_ID }).issueToken()
  expect(forms[1]?.get('type')).toBe('SELF')
})

test('a mall token request still carries no type unless asked', async () => {
  const { fetch, forms } = recordingFetch()
  await createNpayClient({ ...credentials, baseUrl: `${ORIGIN}/npay/partner`, fetch }).issueToken()
  expect(forms[0]?.has('type')).toBe(false)
})

test.each([
  ['an unknown api', { api: 'smartstore' as ApiProfile }, /api must be 'npay' or 'commerce'/],
  ['SELLER without accountId', { api: 'commerce' as const, type: 'SELLER' as const }, /requires accountId/],
])('a commerce client with %s is refused when created', (_, override, message) => {
  expect(() => createNpayClient({ ...credentials, ...override })).toThrow(message)
})

test('a settlement error at /v1/pay-settle/ is an NpaySettlementError', async () => {
  const server = createFakeNpayServer('/external')
  server.respond(() =>
    json(400, {
      code: 'BAD_REQUEST',
      message: '요청 파라미터가 올바르지 않습니다.',
      invalidInputs: [{ name: 'pageSize', type: 'Max', message: '1000 이하여야 합니다.' }],
    }),
  )
  const seller = createNpayClient({
    api: 'commerce',
    ...credentials,
    baseUrl: COMMERCE_BASE,
    fetch: server.fetch,
    now: server.now,
  })
  const query = { startDate: '2024-06-01', endDate: '2024-06-07', pageNumber: 1, pageSize: 1001 }
  const error = await seller.getSettleDaily(query).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(NpaySettlementError)
  expect(server.apiCalls()[0]?.url.pathname).toBe('/external/v1/pay-settle/settle/daily')
})

test('a commerce client signs, caches its token and retries once on GW.AUTHN like the mall client', async () => {
  const server = createFakeNpayServer('/external')
  const seller = createNpayClient({
    api: 'commerce',
    ...credentials,
    baseUrl: COMMERCE_BASE,
    fetch: server.fetch,
    now: server.now,
  })
  await seller.getProductOrderIds({ orderId: '2024060712345678' })
  server.forgetTokens()
  await seller.getProductOrderIds({ orderId: '2024060712345678' })
  expect(server.tokenCalls().map((r) => new URLSearchParams(r.body).get('type'))).toEqual(['SELF', 'SELF'])
  expect(server.apiCalls()).toHaveLength(3)
})

test('operations a profile lacks are type errors, and a client of either profile has the shared ones', () => {
  const seller: CommerceClient = createNpayClient({ api: 'commerce', ...credentials })
  const mall: NpayClient = createNpayClient(credentials)
  const api = 'commerce' as ApiProfile
  const either: NpayClient<ApiProfile> = createNpayClient({ api, ...credentials })
  // @ts-expect-error the Commerce API has no review operation
  expect(seller.getReviews).toBeUndefined()
  // @ts-expect-error the mall API has no hope-delivery change
  expect(mall.changeHopeDelivery).toBeUndefined()
  // @ts-expect-error not on both APIs
  void either.getReviews
  // @ts-expect-error not on both APIs
  void either.changeHopeDelivery
  expect(typeof either.queryProductOrders).toBe('function')
  type Failures = NonNullable<NpayOperationResult<'changeHopeDelivery', 'commerce'>['data']>
  const failures: Failures = { successProductOrderIds: [], failProductOrderInfos: [] }
  expect(failures.failProductOrderInfos).toEqual([])
})
