/**
 * `/__sandbox/merchants/{clientId}/snapshots`: a restore gives back exactly the merchant as it was when the
 * snapshot was taken (its part of the state document, tokens aside), and no other merchant changes.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

const SNAPSHOTS = `/__sandbox/merchants/${DEFAULT_MERCHANT.clientId}/snapshots`

interface Snapshot {
  id: string
  label: string
  at: string
  productOrders: number
}

async function take(h: Harness, label?: string): Promise<Snapshot> {
  const res = await h.control('POST', SNAPSHOTS, label === undefined ? {} : { label })
  expect(res.status).toBe(201)
  return (await res.json()) as Snapshot
}

const restore = (h: Harness, id: string) => h.control('POST', `${SNAPSHOTS}/${id}/restore`, {})

/** The merchant's part of the state document as JSON, without its tokens (credentials, not data). */
function merchantState(h: Harness, clientId?: string): unknown {
  const { tokens: _tokens, ...state } = h.sandbox.engine.exportTenant(h.sandbox.engine.tenant(clientId))
  return JSON.parse(JSON.stringify(state))
}

test('a restore gives back the orders, change log and clock of the snapshot, and forgets what came after', async () => {
  const h = harness()
  const kept = (await h.order()).productOrderIds[0]!
  const snapshot = await take(h, 'before dispatch')
  const before = merchantState(h)
  expect(snapshot).toMatchObject({ id: expect.any(String), label: 'before dispatch', productOrders: 1 })

  await h.dispatch(kept)
  expect((await h.control('POST', `/__sandbox/product-orders/${kept}/events/deliver`, {})).status).toBe(200)
  const later = (await h.order()).productOrderIds[0]!
  expect((await h.control('POST', '/__sandbox/clock/advance', { by: '8d' })).status).toBe(200)
  expect(merchantState(h)).not.toEqual(before)

  const res = await restore(h, snapshot.id)
  expect(res.status).toBe(200)
  const body = (await res.json()) as { now: string; restored: Snapshot }
  expect(body.restored.id).toBe(snapshot.id)
  expect(body.now).toBe(snapshot.at)
  expect(merchantState(h)).toEqual(before)

  // The order made after the snapshot is unknown again; the kept one is paid, not dispatched.
  expect((await h.control('GET', `/__sandbox/product-orders/${later}`)).status).toBe(404)
  const inspected = await (await h.control('GET', `/__sandbox/product-orders/${kept}`)).json()
  expect(inspected.detail.productOrder.productOrderStatus).toBe('PAYED')
  const query = await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
    token: await h.token(),
    body: { productOrderIds: [kept] },
  })
  expect((await query.json()).data[0].productOrder.productOrderStatus).toBe('PAYED')
})

test('the restored merchant runs on: the kept order can be dispatched again, and the same snapshot restores twice', async () => {
  const h = harness()
  const id = (await h.order()).productOrderIds[0]!
  const snapshot = await take(h)
  await h.dispatch(id)
  expect((await restore(h, snapshot.id)).status).toBe(200)
  await h.dispatch(id)
  expect((await restore(h, snapshot.id)).status).toBe(200)
  expect(h.sandbox.engine.tenant().productOrder(id)!.productOrder.productOrderStatus).toBe('PAYED')
})

test('another merchant is untouched by a restore', async () => {
  const h = harness()
  const b = (await (await h.control('POST', '/__sandbox/merchants', { name: 'B' })).json()) as {
    clientId: string
  }
  await h.order()
  const snapshot = await take(h)
  expect((await h.control('POST', '/__sandbox/orders', { clientId: b.clientId })).status).toBe(201)
  expect(
    (await h.control('POST', '/__sandbox/clock/advance', { clientId: b.clientId, by: '1d' })).status,
  ).toBe(200)
  const other = merchantState(h, b.clientId)
  expect((await restore(h, snapshot.id)).status).toBe(200)
  expect(merchantState(h, b.clientId)).toEqual(other)
})

test('a token issued after the snapshot still works after the restore', async () => {
  const h = harness()
  const id = (await h.order()).productOrderIds[0]!
  const snapshot = await take(h)
  expect((await h.control('POST', '/__sandbox/clock/advance', { by: '2h' })).status).toBe(200)
  const token = await h.token()
  expect((await restore(h, snapshot.id)).status).toBe(200)
  const res = await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
    token,
    body: { productOrderIds: [id] },
  })
  expect(res.status).toBe(200)
})

test('snapshots are listed newest first, can be deleted, and an unknown one is a 404', async () => {
  const h = harness()
  const first = await take(h, 'one')
  const second = await take(h, 'two')
  const list = await (await h.control('GET', SNAPSHOTS)).json()
  expect(list.snapshots.map((s: Snapshot) => s.label)).toEqual(['two', 'one'])
  const deleted = await h.control('DELETE', `${SNAPSHOTS}/${first.id}`)
  expect(deleted.status).toBe(200)
  expect((await restore(h, first.id)).status).toBe(404)
  expect((await h.control('DELETE', `${SNAPSHOTS}/${first.id}`)).status).toBe(404)
  const after = await (await h.control('GET', SNAPSHOTS)).json()
  expect(after.snapshots.map((s: Snapshot) => s.id)).toEqual([second.id])
  expect((await h.control('GET', '/__sandbox/merchants/nobody/snapshots')).status).toBe(404)
})

test('a merchant keeps a bounded number of snapshots; past it the answer is 409 SNAPSHOT_LIMIT', async () => {
  const h = harness()
  const { limit } = await (await h.control('GET', SNAPSHOTS)).json()
  for (let i = 0; i < limit; i++) await take(h)
  const res = await h.control('POST', SNAPSHOTS, {})
  expect(res.status).toBe(409)
  expect((await res.json()).code).toBe('SNAPSHOT_LIMIT')
})

test('with --state-file a restore is what a restart reads back', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'npay-snapshot-')), 'state.db')
  const first = harness({ stateFile: file })
  await first.order()
  const snapshot = await take(first)
  const later = (await first.order()).productOrderIds[0]!
  await first.dispatch(later)
  expect((await restore(first, snapshot.id)).status).toBe(200)
  const restored = merchantState(first)
  await first.sandbox.close()
  const second = harness({ stateFile: file })
  expect(merchantState(second)).toEqual(restored)
  await second.sandbox.close()
})
