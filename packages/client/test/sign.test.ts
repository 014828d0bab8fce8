import { expect, test } from 'vitest'
import { createNpayClient } from '../src/index.ts'
import { BASE_URL, CLIENT_ID, CLIENT_SECRET, createFakeNpayServer, json } from './fake-npay-server.ts'

// Vectors of facts §3.3.
const vectors = [
  {
    clientId: 'aaaabbbbcccc',
    clientSecret: '$2a$10$abcdefghijklmnopqrstuv',
    timestamp: 1643961623299,
    sign: 'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
  },
  {
    clientId: '7dMvteboKNHwyRremLXXXX',
    clientSecret: '$2a$04$abcdefghijklmnopqrstuu',
    timestamp: 1706671059230,
    sign: 'JDJhJDA0JGFiY2RlZmdoaWprbG1ub3BxcnN0dXVnYkZlS2dic1VOcS5mcEFhQng3MUw4ZXFnSWhpSVh5',
  },
]

/** A token endpoint that records what it receives and always answers with a fresh token. */
function recordingFetch() {
  const forms: { contentType: string | null; form: URLSearchParams }[] = []
  const fetch = async (request: Request) => {
    forms.push({
      contentType: request.headers.get('Content-Type'),
      form: new URLSearchParams(await request.text()),
    })
    return json(200, { access_token: 'token', expires_in: 10_800, token_type: 'Bearer' })
  }
  return { fetch, forms }
}

test.each(vectors)('the token request of $clientId carries the documented sign', async (v) => {
  const { fetch, forms } = recordingFetch()
  const npay = createNpayClient({ ...v, baseUrl: BASE_URL, fetch, now: () => v.timestamp })
  await npay.issueToken()
  expect(forms).toHaveLength(1)
  expect(forms[0]?.contentType).toBe('application/x-www-form-urlencoded')
  expect(Object.fromEntries(forms[0]?.form ?? [])).toEqual({
    client_id: v.clientId,
    timestamp: String(v.timestamp),
    grant_type: 'client_credentials',
    client_secret_sign: v.sign,
  })
})

test('timestampSkewMs is subtracted from now() before signing', async () => {
  const { fetch, forms } = recordingFetch()
  const v = vectors[1]!
  const npay = createNpayClient({
    ...v,
    baseUrl: BASE_URL,
    fetch,
    now: () => v.timestamp + 3_000,
    timestampSkewMs: 3_000,
  })
  await npay.issueToken()
  expect(forms[0]?.form.get('timestamp')).toBe(String(v.timestamp))
  expect(forms[0]?.form.get('client_secret_sign')).toBe(v.sign)
})

test('a SELLER client sends type and account_id', async () => {
  const { fetch, forms } = recordingFetch()
  const npay = createNpayClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    baseUrl: BASE_URL,
    fetch,
    type: 'SELLER',
    accountId: 'ncp_2sRZTWJVbDtHPoz9OXXXX',
  })
  await npay.issueToken()
  expect(forms[0]?.form.get('type')).toBe('SELLER')
  expect(forms[0]?.form.get('account_id')).toBe('ncp_2sRZTWJVbDtHPoz9OXXXX')
})

test('the token request goes to {base}/v1/oauth2/token without an Authorization header', async () => {
  const server = createFakeNpayServer()
  const npay = createNpayClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    baseUrl: BASE_URL,
    fetch: server.fetch,
  })
  await expect(npay.issueToken()).resolves.toMatchObject({ token_type: 'Bearer', expires_in: 10_800 })
  expect(server.journal[0]?.rawUrl).toBe(`${BASE_URL}/v1/oauth2/token`)
  expect(server.journal[0]?.headers.get('Authorization')).toBeNull()
})
