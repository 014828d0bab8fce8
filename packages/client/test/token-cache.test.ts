import { expect, test } from 'vitest'
import { clientFor, createFakeNpayServer } from './fake-npay-server.ts'

const MINUTE = 60_000
// The documented numbers (facts Appendix B: 10,800 s lifetime, reuse while 30 minutes remain), not the
// protocol constants the client and the fake server read.
const TOKEN_LIFETIME_SECONDS = 10_800
const TOKEN_REUSE_THRESHOLD_SECONDS = 30 * 60
const REUSE_UNTIL_MS = (TOKEN_LIFETIME_SECONDS - TOKEN_REUSE_THRESHOLD_SECONDS) * 1000

test('the token is cached and reused across calls', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  await npay.getProductOrderIds({ orderId: '2024060712345678' })
  await npay.getProductOrderIds({ orderId: '2024060712345678' })
  await npay.getReviews({ inquiryTimeFrom: '2024-06-07T00:00:00.000+09:00' })
  expect(server.tokenCalls()).toHaveLength(1)
  expect(server.apiCalls().map((r) => r.headers.get('Authorization'))).toEqual([
    'Bearer token-1',
    'Bearer token-1',
    'Bearer token-1',
  ])
})

test.each([
  { left: '31 minutes', age: REUSE_UNTIL_MS - MINUTE, reused: true },
  { left: 'exactly 30 minutes', age: REUSE_UNTIL_MS, reused: true },
  { left: '29 minutes', age: REUSE_UNTIL_MS + MINUTE, reused: false },
  { left: 'no time (expired)', age: TOKEN_LIFETIME_SECONDS * 1000 + MINUTE, reused: false },
])('a cached token with $left left is reused: $reused', async ({ age, reused }) => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  const first = await npay.token()
  server.advance(age)
  const second = await npay.token()
  expect(server.tokenCalls()).toHaveLength(reused ? 1 : 2)
  expect(second === first).toBe(reused)
})

test('a token with less than 30 minutes left triggers a new token request before the call', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  await npay.getProductOrderIds({ orderId: '2024060712345678' })
  server.advance(REUSE_UNTIL_MS + 1_000)
  await npay.getProductOrderIds({ orderId: '2024060712345678' })
  expect(server.journal.map((r) => r.url.pathname.split('/').at(-1))).toEqual([
    'token',
    'product-order-ids',
    'token',
    'product-order-ids',
  ])
  expect(server.apiCalls()[1]?.headers.get('Authorization')).not.toBe('Bearer token-1')
})

test('issueToken always asks the server, which returns the same token while 30 minutes remain', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  const first = await npay.issueToken()
  server.advance(10 * MINUTE)
  const second = await npay.issueToken()
  expect(server.tokenCalls()).toHaveLength(2)
  expect(second.access_token).toBe(first.access_token)
  expect(second.expires_in).toBe(TOKEN_LIFETIME_SECONDS - 600)
})

test('the cache counts a reused token from its remaining expires_in, not from a fresh lifetime', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  await npay.issueToken()
  server.advance(REUSE_UNTIL_MS - MINUTE)
  await npay.issueToken() // same token, 31 minutes left
  server.advance(2 * MINUTE)
  await npay.token()
  expect(server.tokenCalls()).toHaveLength(3)
})

test('concurrent calls share one token request', async () => {
  const server = createFakeNpayServer()
  const npay = clientFor(server)
  const orderId = '2024060712345678'
  await Promise.all([1, 2, 3].map(() => npay.getProductOrderIds({ orderId })))
  expect(server.tokenCalls()).toHaveLength(1)
  expect(server.apiCalls()).toHaveLength(3)
})
