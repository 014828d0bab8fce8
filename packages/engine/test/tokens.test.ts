import { signClientSecret } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { DEFAULT_MERCHANT, type Engine, queryProductOrders } from '../src/index.ts'
import { SPEC } from './facts.ts'
import { body, MINUTE, newEngine, npayError, WALL } from './support.ts'

const SECOND = 1_000
// The facts' numbers (Appendix B), not the protocol constants the engine reads.
const LIFETIME = SPEC.tokenLifetimeSeconds
const REUSE = SPEC.tokenReuseThresholdSeconds
const { clientId, clientSecret } = DEFAULT_MERCHANT

/** A correctly signed token request of the default merchant, with `overrides` applied. */
function request(overrides: Record<string, string | undefined> = {}, timestamp = WALL - 3 * SECOND) {
  const ts = String(timestamp)
  return {
    grant_type: 'client_credentials',
    client_id: clientId,
    timestamp: ts,
    client_secret_sign: signClientSecret(clientId, clientSecret, ts),
    type: 'SELF',
    ...overrides,
  }
}

const bearer = (token: string) => `Bearer ${token}`

test('a correctly signed request gets a Bearer token for 10800 seconds', () => {
  const engine = newEngine()
  const token = engine.issueToken(request())
  expect(token).toEqual({ access_token: expect.any(String), expires_in: 10_800, token_type: 'Bearer' })
  expect(engine.authenticate(bearer(token.access_token))).toBe(engine.tenant())
})

test('a second request within the window returns the same token with the remaining seconds', () => {
  const engine = newEngine()
  const first = engine.issueToken(request())
  engine.tenant().advance(10 * MINUTE)
  const second = engine.issueToken(request())
  expect(second).toEqual({ ...first, expires_in: LIFETIME - 600 })
})

test('a token with exactly 30 minutes left is still reused', () => {
  const engine = newEngine()
  const first = engine.issueToken(request())
  engine.tenant().advance((LIFETIME - REUSE) * SECOND)
  expect(engine.issueToken(request())).toEqual({ ...first, expires_in: REUSE })
})

function renewed(engine: Engine) {
  const first = engine.issueToken(request())
  engine.tenant().advance((LIFETIME - REUSE) * SECOND + SECOND)
  const second = engine.issueToken(request())
  return { first, second }
}

test('with less than 30 minutes left a new token is issued and the old one keeps working', () => {
  const engine = newEngine()
  const { first, second } = renewed(engine)
  expect(second.access_token).not.toBe(first.access_token)
  expect(second.expires_in).toBe(10_800)
  expect(engine.authenticate(bearer(first.access_token))).toBe(engine.tenant())
  expect(engine.authenticate(bearer(second.access_token))).toBe(engine.tenant())
})

test('the old token stops at its own expiry while the new one goes on', () => {
  const engine = newEngine()
  const { first, second } = renewed(engine)
  engine.tenant().advance(REUSE * SECOND)
  const error = npayError(() => engine.authenticate(bearer(first.access_token)))
  expect(error.status).toBe(401)
  expect(error.code).toBe('GW.AUTHN')
  expect(engine.authenticate(bearer(second.access_token))).toBe(engine.tenant())
})

test('an expired token fails with 401 GW.AUTHN', () => {
  const engine = newEngine()
  const token = engine.issueToken(request())
  engine.tenant().advance(LIFETIME * SECOND)
  const error = npayError(() => engine.authenticate(bearer(token.access_token)))
  expect(error.status).toBe(401)
  expect(error.diagnostic).toContain('expired')
  expect(body(error)).toMatchInlineSnapshot(`
    {
      "code": "GW.AUTHN",
      "message": "요청을 보낼 권한이 없습니다.",
      "timestamp": "2024-05-15T10:00:00.000+09:00",
      "traceId": "test^1715734800000^1",
    }
  `)
})

test.each([
  ['no Authorization header', undefined, 'no Authorization header'],
  ['a scheme other than Bearer', 'Basic abc', 'must be "Bearer {access_token}"'],
  ['an unknown token', 'Bearer nope', 'unknown access token'],
])('%s fails with 401 GW.AUTHN', (_name, header, diagnostic) => {
  const error = npayError(() => newEngine().authenticate(header))
  expect(error).toMatchObject({ status: 401, code: 'GW.AUTHN' })
  expect(error.diagnostic).toContain(diagnostic)
})

const badRequests: [string, Record<string, string | undefined>, number, string, string][] = [
  ['a missing client_id', { client_id: undefined }, WALL, 'client_id', 'client_id is missing'],
  ['a missing timestamp', { timestamp: undefined }, WALL, 'timestamp', 'timestamp is missing'],
  ['a missing sign', { client_secret_sign: '' }, WALL, 'client_secret_sign', 'client_secret_sign is missing'],
  ['a missing grant_type', { grant_type: undefined }, WALL, 'grant_type', 'grant_type is missing'],
  ['a wrong grant_type', { grant_type: 'password' }, WALL, 'grant_type', 'must be "client_credentials"'],
  ['type=SELLER without account_id', { type: 'SELLER' }, WALL, 'account_id', 'type=SELLER needs account_id'],
  ['an unknown type', { type: 'OTHER' }, WALL, 'type', 'type must be SELF or SELLER'],
  [
    'an unknown client_id',
    { client_id: 'unknownClientId0001' },
    WALL,
    'client_id',
    'no application is registered',
  ],
  [
    'a timestamp older than 5 minutes',
    {},
    WALL - 5 * MINUTE - SECOND,
    'timestamp',
    'older than the server clock',
  ],
  ['a timestamp too far in the future', {}, WALL + 6 * SECOND, 'timestamp', 'ahead of the server clock'],
  [
    'a sign made with another secret',
    { client_secret_sign: signClientSecret(clientId, '$2a$04$abcdefghijklmnopqrstuu', String(WALL)) },
    WALL,
    'client_secret_sign',
    'signature does not match',
  ],
  [
    'a sign that is not Base64 of bcrypt',
    { client_secret_sign: 'bm90LWEtYmNyeXB0' },
    WALL,
    'client_secret_sign',
    'not Base64 of a bcrypt hash',
  ],
]

test.each(badRequests)(
  'a token request with %s fails with 400 BAD_REQUEST',
  (_name, overrides, ts, field, diagnostic) => {
    const error = npayError(() => newEngine().issueToken(request(overrides, ts)))
    expect(error).toMatchObject({ status: 400, code: 'BAD_REQUEST' })
    expect(error.invalidInputs).toMatchObject([{ name: field }])
    expect(error.diagnostic).toContain(diagnostic)
  },
)

test('the 5-minute window is inclusive', () => {
  expect(() => newEngine().issueToken(request({}, WALL - 5 * MINUTE))).not.toThrow()
})

test('the body of a signature failure names client_secret_sign', () => {
  const other = request({
    client_secret_sign: signClientSecret(
      clientId,
      '$2a$04$abcdefghijklmnopqrstuu',
      String(WALL - 3 * SECOND),
    ),
  })
  expect(body(npayError(() => newEngine().issueToken(other)))).toMatchInlineSnapshot(`
    {
      "code": "BAD_REQUEST",
      "invalidInputs": [
        {
          "message": "client_secret_sign 값이 유효하지 않습니다.",
          "name": "client_secret_sign",
          "type": "Signature",
        },
      ],
      "message": "잘못된 요청",
      "timestamp": "2024-05-15T10:00:00.000+09:00",
      "traceId": "test^1715734800000^1",
    }
  `)
})

test('type=SELLER with an account_id gets its own token', () => {
  const engine = newEngine()
  const self = engine.issueToken(request())
  const seller = engine.issueToken(request({ type: 'SELLER', account_id: 'ncp_seller_0001' }))
  expect(seller.access_token).not.toBe(self.access_token)
})

test("a merchant from createMerchant has its own tenant and cannot read the default tenant's orders", () => {
  const engine = newEngine()
  const mine = engine.tenant().createOrder().productOrderIds[0]!
  const merchant = engine.createMerchant({ clientId: 'secondMerchantApp01', name: '두 번째 가맹점' })
  const ts = String(WALL)
  const token = engine.issueToken({
    grant_type: 'client_credentials',
    client_id: merchant.clientId,
    timestamp: ts,
    client_secret_sign: signClientSecret(merchant.clientId, merchant.clientSecret, ts),
  })
  const tenant = engine.authenticate(bearer(token.access_token))
  expect(tenant).not.toBe(engine.tenant())
  expect(tenant.clientId).toBe('secondMerchantApp01')
  expect(queryProductOrders(tenant, [mine], engine.options)).toEqual([])
  expect(engine.ownerOfProductOrder(mine)).toBe(engine.tenant())
})

test('a second merchant with the same clientId is refused', () => {
  const engine = newEngine()
  engine.createMerchant({ clientId: 'secondMerchantApp01' })
  expect(() => engine.createMerchant({ clientId: 'secondMerchantApp01' })).toThrow(/exists already/)
})

test('advancing one merchant clock does not age the tokens of another', () => {
  const engine = newEngine()
  const token = engine.issueToken(request())
  const other = engine.createMerchant()
  engine.tenant(other.clientId).advance(LIFETIME * SECOND)
  expect(engine.authenticate(bearer(token.access_token))).toBe(engine.tenant())
})
