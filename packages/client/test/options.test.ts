import { SANDBOX_BASE_URL } from '@npay-sandbox/protocol'
import { afterEach, expect, test, vi } from 'vitest'
import { createControlPlaneClient, createNpayClient, type NpayClientOptions } from '../src/index.ts'
import { CLIENT_ID, CLIENT_SECRET, json } from './fake-npay-server.ts'

const valid: NpayClientOptions = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }

afterEach(() => {
  vi.unstubAllGlobals()
})

test.each([
  ['an empty clientId', { clientId: '' }, /clientId/],
  ['a secret that is not a bcrypt salt', { clientSecret: 'my-secret' }, /bcrypt salt/],
  ['an unknown type', { type: 'OTHER' as 'SELF' }, /type must be/],
  ['SELLER without accountId', { type: 'SELLER' as const }, /requires accountId/],
  ['a relative baseUrl', { baseUrl: '/npay/partner' }, /absolute URL/],
  ['a non-http baseUrl', { baseUrl: 'ftp://example.com/npay/partner' }, /http or https/],
  ['a negative timestampSkewMs', { timestampSkewMs: -1 }, /timestampSkewMs/],
])('options with %s are refused when the client is created', (_, override, message) => {
  expect(() => createNpayClient({ ...valid, ...override })).toThrow(message)
})

test('the default baseUrl is the real sandbox host', () => {
  expect(createNpayClient(valid).baseUrl).toBe(SANDBOX_BASE_URL)
})

test('a trailing slash on baseUrl is dropped', () => {
  expect(createNpayClient({ ...valid, baseUrl: 'http://127.0.0.1:8787/npay/partner/' }).baseUrl).toBe(
    'http://127.0.0.1:8787/npay/partner',
  )
})

test('the default fetch is globalThis.fetch looked up at call time, so later interception applies', async () => {
  const npay = createNpayClient(valid)
  const seen: string[] = []
  vi.stubGlobal('fetch', async (request: Request) => {
    seen.push(request.url)
    return json(200, { access_token: 'late', expires_in: 10_800, token_type: 'Bearer' })
  })
  await expect(npay.token()).resolves.toBe('late')
  expect(seen).toEqual([`${SANDBOX_BASE_URL}/v1/oauth2/token`])
})

test('a synchronous fetch such as a Hono app.fetch is accepted', async () => {
  const fetch = () => json(200, { access_token: 'sync', expires_in: 10_800, token_type: 'Bearer' })
  await expect(createNpayClient({ ...valid, fetch }).token()).resolves.toBe('sync')
})

test('the control-plane client refuses a baseUrl that is not an absolute URL', () => {
  expect(() => createControlPlaneClient({ baseUrl: 'localhost:8787' })).toThrow(/http or https|absolute URL/)
})
