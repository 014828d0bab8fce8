/** Whole-sandbox and per-merchant reset, opaque per-tenant extension state, and expiring a token. */
import { signClientSecret } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { DEFAULT_MERCHANT, defineTenantExtension, type Engine } from '../src/index.ts'
import { DAY, newEngine, START, WALL } from './support.ts'

/** A counter kept per merchant, as the app keeps fault rules or lint findings. */
const VISITS = defineTenantExtension<{ count: number }>({
  name: 'visits',
  create: () => ({ count: 0 }),
  save: (v) => ({ count: v.count }),
  load: (saved) => {
    const count = (saved as { count?: unknown } | null)?.count
    if (typeof count !== 'number') throw new TypeError('visits need a count')
    return { count }
  },
})

function tokenOf(engine: Engine, merchant: { clientId: string; clientSecret: string }) {
  const timestamp = String(WALL)
  return engine.issueToken({
    grant_type: 'client_credentials',
    client_id: merchant.clientId,
    timestamp,
    client_secret_sign: signClientSecret(merchant.clientId, merchant.clientSecret, timestamp),
    type: 'SELF',
  }).access_token
}

test("reset without a client id forgets every merchant's orders and extension state and restarts every clock", () => {
  const engine = newEngine()
  const second = engine.createMerchant({ name: '둘째' })
  for (const tenant of [engine.tenant(), engine.tenant(second.clientId)]) {
    tenant.createOrder()
    tenant.advance(DAY)
    tenant.extension(VISITS).count = 3
  }
  engine.reset()
  for (const tenant of [engine.tenant(), engine.tenant(second.clientId)]) {
    expect(tenant.counts().productOrders).toBe(0)
    expect(tenant.now()).toBe(START)
    expect(tenant.extension(VISITS)).toEqual({ count: 0 })
  }
  expect(engine.merchants().map((m) => m.clientId)).toEqual([DEFAULT_MERCHANT.clientId, second.clientId])
})

test('reset with a client id leaves the other merchants alone', () => {
  const engine = newEngine()
  const second = engine.createMerchant()
  engine.tenant().createOrder()
  engine.tenant().extension(VISITS).count = 1
  engine.tenant(second.clientId).createOrder()
  engine.reset(second.clientId)
  expect(engine.tenant(second.clientId).counts().productOrders).toBe(0)
  expect(engine.tenant().counts().productOrders).toBe(1)
  expect(engine.tenant().extension(VISITS)).toEqual({ count: 1 })
})

test('extension state travels through exportState and importState, read when its kind asks for it', () => {
  const engine = newEngine()
  engine.tenant().extension(VISITS).count = 5
  const state = engine.exportState()
  expect(state.tenants[0]!.extensions).toMatchObject({ visits: { count: 5 } })
  const other = newEngine()
  other.importState(JSON.parse(JSON.stringify(state)))
  expect(other.exportState().tenants[0]!.extensions).toMatchObject({ visits: { count: 5 } })
  expect(other.tenant().extension(VISITS)).toEqual({ count: 5 })
})

test('importState refuses unreadable data of a declared extension kind and changes nothing', () => {
  const engine = newEngine()
  engine.useTenantExtension(VISITS)
  engine.tenant().createOrder()
  const before = engine.exportState()
  const state = JSON.parse(JSON.stringify(before))
  state.tenants[0].extensions.visits = { count: 'many' }
  expect(() => engine.importState(state)).toThrow(/extensions\.visits: visits need a count/)
  expect(engine.exportState()).toEqual(before)
})

test('two extension kinds with one name are a programming error', () => {
  const engine = newEngine()
  engine.useTenantExtension(VISITS)
  expect(() => engine.useTenantExtension({ ...VISITS })).toThrow(/named visits/)
})

test('expireToken ends the current token at once, so authentication fails and the next request gets a new one', () => {
  const engine = newEngine()
  const token = tokenOf(engine, DEFAULT_MERCHANT)
  expect(engine.expireToken(token)).toBe(true)
  expect(() => engine.authenticate(`Bearer ${token}`)).toThrow(expect.objectContaining({ code: 'GW.AUTHN' }))
  expect(tokenOf(engine, DEFAULT_MERCHANT)).not.toBe(token)
  expect(engine.expireToken('unknown')).toBe(false)
})
