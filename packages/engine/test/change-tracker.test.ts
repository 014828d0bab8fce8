/**
 * The change tracker lists what changed since the last drain (what `--state-file` writes), so a change
 * costs its own size; the streamed state document and the version upgrade path.
 */
import { expect, test } from 'vitest'
import { defineTenantExtension, jsonChunks, MIGRATIONS, STATE_VERSION, upgradeState } from '../src/index.ts'
import { newEngine } from './support.ts'

const NOTES = defineTenantExtension<{ notes: string[] }>({
  name: 'notes',
  create: () => ({ notes: [] }),
  save: (v) => ({ notes: [...v.notes] }),
  load: (saved) => ({ notes: [...((saved as { notes?: string[] }).notes ?? [])] }),
})

test('one transition among many orders lists that product order, its order and its new change rows only', () => {
  const engine = newEngine()
  const tenant = engine.tenant()
  for (let i = 0; i < 40; i++) tenant.createOrder({ items: [{}, {}] })
  const tracker = engine.trackChanges()
  const id = [...tenant.productOrderRecords()][7]!.productOrderId
  const rowsBefore = tenant.log.size
  expect(tenant.run(id, 'buyer-cancel', {}, 'buyer').ok).toBe(true)

  const { all, replaced, deltas } = tracker.drain()
  expect({ all, replaced }).toEqual({ all: false, replaced: [] })
  expect(deltas).toHaveLength(1)
  expect(deltas[0]!.productOrders.map((r) => r.productOrderId)).toEqual([id])
  expect(deltas[0]!.orders.map((o) => o.productOrderIds)).toEqual([expect.arrayContaining([id])])
  expect(deltas[0]!.changes).toHaveLength(tenant.log.size - rowsBefore)
  expect(deltas[0]!.changes.every((row) => row.productOrderId === id)).toBe(true)
  expect(tracker.drain().deltas).toEqual([])
})

test('an order placed lists its product orders, and extension state changed by a caller is listed by kind', () => {
  const engine = newEngine()
  const tracker = engine.trackChanges()
  const { productOrderIds } = engine.tenant().createOrder({ items: [{}, {}, {}] })
  engine.tenant().extension(NOTES).notes.push('hello')
  const [delta] = tracker.drain().deltas
  expect(delta!.productOrders.map((r) => r.productOrderId).sort()).toEqual([...productOrderIds].sort())
  expect(delta!.extensions).toEqual([['notes', { notes: ['hello'] }]])
  engine.tenant()
  expect(tracker.drain().deltas[0]?.extensions ?? []).toEqual([])
})

test('a new merchant and a reset merchant are handed over whole; an import replaces everything', () => {
  const engine = newEngine()
  engine.tenant().createOrder()
  const tracker = engine.trackChanges()
  const second = engine.createMerchant({ name: '둘째' })
  expect(tracker.drain().replaced.map((t) => t.merchant.clientId)).toEqual([second.clientId])
  engine.reset(engine.defaultMerchant.clientId)
  expect(tracker.drain().replaced).toMatchObject([{ merchant: { isDefault: true }, productOrders: [] }])
  engine.importState(engine.exportState())
  const set = tracker.drain()
  expect(set.all).toBe(true)
  expect(set.replaced).toHaveLength(2)
})

test('the streamed state document parses to the same value as JSON.stringify of it', () => {
  const engine = newEngine()
  for (let i = 0; i < 300; i++) engine.tenant().createOrder()
  const state = engine.exportState()
  const pieces = [...jsonChunks(state)]
  expect(pieces.length).toBeGreaterThan(3)
  expect(JSON.parse(pieces.join(''))).toEqual(JSON.parse(JSON.stringify(state)))
})

test('a document of an older version is brought up to the current one by its migration step', () => {
  const engine = newEngine()
  engine.tenant().createOrder()
  const current = JSON.parse(JSON.stringify(engine.exportState()))
  const older = { ...current, version: STATE_VERSION - 1, merchantsOf: current.tenants }
  delete older.tenants
  MIGRATIONS[STATE_VERSION - 1] = ({ merchantsOf, ...rest }) => ({
    ...rest,
    version: STATE_VERSION,
    tenants: merchantsOf,
  })
  try {
    expect(upgradeState(older)).toEqual(current)
    const other = newEngine({ seed: 9 })
    other.importState(older)
    expect({ ...other.exportState(), savedAt: 0 }).toEqual({ ...current, savedAt: 0 })
  } finally {
    delete MIGRATIONS[STATE_VERSION - 1]
  }
})
