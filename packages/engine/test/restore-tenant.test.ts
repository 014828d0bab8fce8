/**
 * Engine.restoreTenant: one merchant put back as an earlier `exportTenant` says (orders, change log, clock,
 * settings, extension state, the tracking numbers its orders use), with its tokens and request journal left
 * as they are and every other merchant untouched.
 */
import { signClientSecret } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { defineTenantExtension, type Engine, SandboxError, type Tenant } from '../src/index.ts'
import { SPEC } from './facts.ts'
import { DAY, HOUR, START, sandbox, WALL } from './support.ts'

const VISITS = defineTenantExtension<{ count: number }>({
  name: 'visits',
  create: () => ({ count: 0 }),
  save: (v) => ({ count: v.count }),
  load: (saved) => ({ count: (saved as { count: number }).count }),
})

/** The merchant's state document as JSON, tokens aside (credentials, not data). */
function stateOf(engine: Engine, tenant: Tenant) {
  const { tokens: _tokens, ...state } = engine.exportTenant(tenant)
  return JSON.parse(JSON.stringify(state))
}

/** What copyMerchant keeps: a deep copy of the export and the merchant's tracking numbers. */
function take(engine: Engine, tenant: Tenant) {
  const state = structuredClone(engine.exportTenant(tenant))
  const orders = new Set(state.orders.map((o) => o.order.orderId))
  const trackingNumbers = [...engine.usedTrackingNumbers].filter(([, orderId]) => orders.has(orderId))
  return { state, trackingNumbers }
}

function tokenOf(engine: Engine, tenant: Tenant) {
  const { clientId, clientSecret } = tenant.merchant
  const timestamp = String(WALL)
  const sign = signClientSecret(clientId, clientSecret, timestamp)
  return engine.issueToken({
    grant_type: 'client_credentials',
    client_id: clientId,
    timestamp,
    client_secret_sign: sign,
    type: 'SELF',
  }).access_token
}

const journalEntry = (path: string) => ({
  at: '2024-05-15T10:00:00.000+09:00',
  method: 'GET',
  path,
  status: 200,
  source: 'integration' as const,
  latencyMillis: 1,
  request: { headers: {}, query: {} },
  response: { headers: {} },
})

test('a restore gives back the orders, change log, clock, settings and extension state, and forgets what came after', () => {
  const s = sandbox()
  const kept = s.order()
  s.tenant.extension(VISITS).count = 2
  const saved = take(s.engine, s.tenant)
  const before = stateOf(s.engine, s.tenant)

  s.ship(kept)
  const later = s.order()
  s.tenant.advance(8 * DAY)
  s.tenant.extension(VISITS).count = 9
  s.tenant.merchant.returnDeliveryFee = 9_999
  expect(stateOf(s.engine, s.tenant)).not.toEqual(before)

  s.engine.restoreTenant(s.tenant.clientId, saved.state, { trackingNumbers: saved.trackingNumbers })
  expect(stateOf(s.engine, s.tenant)).toEqual(before)
  expect(s.tenant.now()).toBe(START)
  expect(s.engine.ownerOfProductOrder(later)).toBeUndefined()
  expect(s.state(kept).productOrderStatus).toBe('PAYED')
  // The state is copied: the kept order runs on, and the same state restores again.
  expect(s.ship(kept).successProductOrderIds).toEqual([kept])
  s.engine.restoreTenant(s.tenant.clientId, saved.state)
  expect(stateOf(s.engine, s.tenant)).toEqual(before)
})

test('the tracking numbers of the restored orders are theirs again; one taken since by another merchant stays', () => {
  const s = sandbox()
  const id = s.order()
  s.dispatch(s.dispatchItem(id, { trackingNumber: '555566667777' }))
  const saved = take(s.engine, s.tenant)
  expect(saved.trackingNumbers.map(([, orderId]) => orderId)).toEqual([s.tenant.productOrder(id)!.orderId])
  s.engine.reset(s.tenant.clientId)
  expect(s.engine.usedTrackingNumbers.size).toBe(0)

  s.engine.restoreTenant(s.tenant.clientId, saved.state, { trackingNumbers: saved.trackingNumbers })
  expect([...s.engine.usedTrackingNumbers]).toEqual(saved.trackingNumbers)
  // facts §7.6: a number used for another order is refused with 104121.
  const other = s.order()
  expect(s.dispatch(s.dispatchItem(other, { trackingNumber: '555566667777' })).failProductOrderInfos).toEqual(
    [expect.objectContaining({ code: '104121' })],
  )
})

test('the journal stays with its ids, and the next entry is numbered after them', () => {
  const s = sandbox()
  s.order()
  const saved = take(s.engine, s.tenant)
  const first = s.tenant.journal.add(journalEntry('/one'))
  const second = s.tenant.journal.add(journalEntry('/two'))
  s.engine.restoreTenant(s.tenant.clientId, saved.state)
  expect(s.tenant.journal.list().map((e) => [e.id, e.path])).toEqual([
    [second.id, '/two'],
    [first.id, '/one'],
  ])
  expect(s.tenant.journal.add(journalEntry('/three')).id).toBe(second.id + 1)
})

test('a token issued after the state was taken still works, with at most one lifetime on the restored clock', () => {
  const s = sandbox()
  const saved = take(s.engine, s.tenant)
  s.tenant.advance(2 * HOUR)
  const token = tokenOf(s.engine, s.tenant)
  s.engine.restoreTenant(s.tenant.clientId, saved.state)
  expect(s.engine.authenticate(`Bearer ${token}`)).toBe(s.tenant)
  const [held] = s.tenant.tokens.saved()
  expect(held!.expiresAt).toBe(START + SPEC.tokenLifetimeSeconds * 1000)
})

test('another merchant is untouched, and a state holding its orders is refused with nothing changed', () => {
  const s = sandbox()
  const b = s.engine.tenant(s.engine.createMerchant({ name: 'B' }).clientId)
  s.order()
  const saved = take(s.engine, s.tenant)
  b.createOrder()
  b.advance(DAY)
  const other = stateOf(s.engine, b)
  s.engine.restoreTenant(s.tenant.clientId, saved.state)
  expect(stateOf(s.engine, b)).toEqual(other)

  const mine = stateOf(s.engine, s.tenant)
  const error = (() => {
    try {
      s.engine.restoreTenant(s.tenant.clientId, take(s.engine, b).state)
    } catch (e) {
      return e
    }
  })()
  expect(error).toBeInstanceOf(SandboxError)
  expect(error).toMatchObject({ status: 409, code: 'CONFLICT' })
  expect(stateOf(s.engine, s.tenant)).toEqual(mine)
  expect(stateOf(s.engine, b)).toEqual(other)
})
