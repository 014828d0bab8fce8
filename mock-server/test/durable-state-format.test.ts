/**
 * The rows of a `--state-file` database (docs/decisions/0004-durable-state.md, Tables): history states
 * by id in `history_states`, text past ASCII as JSON escapes that SQLite's JSON functions decode, and a
 * file of schema version 1 (states spelled out, text unescaped) that loads as it was and keeps working;
 * a finished exchange, whose row names the blocks it repeats, restarts as it was.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatKst } from '@npay-sandbox/protocol'
import Database from 'better-sqlite3'
import { expect, test } from 'vitest'
import { type Harness, harness } from './harness.ts'

interface ExportedRecord {
  productOrderId: string
  productOrder: { productName: string }
  history: { event: string; from: unknown; to: unknown }[]
}

const stateFile = () => join(mkdtempSync(join(tmpdir(), 'npay-format-')), 'state.db')

async function exported(h: Harness) {
  const state = (await (await h.control('GET', '/__sandbox/state')).json()) as {
    tenants: { productOrders: ExportedRecord[] }[]
  }
  return { ...state, savedAt: 0 }
}

async function event(h: Harness, productOrderId: string, name: string) {
  const res = await h.control('POST', `/__sandbox/product-orders/${productOrderId}/events/${name}`, {})
  expect(res.status, await res.text()).toBeLessThan(300)
}

/** Two orders, one with an address change and a cancellation, so its history holds several states. */
async function sandboxWithHistory(file: string) {
  const h = harness({ stateFile: file })
  const { productOrderIds } = await h.order({ items: [{ productName: '한방 샴푸 1000ml' }] })
  await h.order()
  const id = productOrderIds[0]!
  for (const name of ['change-address', 'buyer-cancel']) await event(h, id, name)
  return { h, id }
}

test('rows hold ASCII JSON and name history states by id; the history view and JSON functions read them', async () => {
  const file = stateFile()
  const { h, id } = await sandboxWithHistory(file)
  const record = (await exported(h)).tenants[0]!.productOrders.find((r) => r.productOrderId === id)!
  await h.sandbox.close()

  const db = new Database(file, { readonly: true })
  const rows = db.prepare('SELECT json FROM product_orders').pluck().all() as string[]
  for (const row of rows) expect(row).not.toMatch(/[^\x20-\x7e]/)
  const name = db
    .prepare("SELECT json ->> '$.productOrder.productName' FROM product_orders WHERE product_order_id = ?")
    .pluck()
    .get(id)
  expect(name).toBe(record.productOrder.productName)
  const steps = db
    .prepare('SELECT event, from_state, to_state FROM history WHERE product_order_id = ? ORDER BY step')
    .all(id) as { event: string; from_state: string; to_state: string }[]
  db.close()
  expect(steps.map((s) => [s.event, JSON.parse(s.from_state), JSON.parse(s.to_state)])).toEqual(
    record.history.map((e) => [e.event, e.from, e.to]),
  )
})

test('a database of schema version 1 loads as it was, and keeps what changes after', async () => {
  const file = stateFile()
  const { h, id } = await sandboxWithHistory(file)
  const before = await exported(h)
  await h.sandbox.close()

  // What schema version 1 wrote: every history state spelled out, text as it is, no history_states.
  const db = new Database(file)
  const rewrite = db.prepare('UPDATE product_orders SET json = ? WHERE product_order_id = ?')
  for (const record of before.tenants[0]!.productOrders)
    rewrite.run(JSON.stringify(record), record.productOrderId)
  db.exec(
    'DROP VIEW history; DROP TABLE history_states; ALTER TABLE product_orders DROP COLUMN head; PRAGMA user_version = 1',
  )
  db.close()

  const loaded = harness({ stateFile: file })
  expect(await exported(loaded)).toEqual(before)
  await event(
    loaded,
    before.tenants[0]!.productOrders.find((r) => r.productOrderId !== id)!.productOrderId,
    'change-address',
  )
  const changed = await exported(loaded)
  await loaded.sandbox.close()

  const again = harness({ stateFile: file })
  expect(await exported(again)).toEqual(changed)
  await again.sandbox.close()
  const upgraded = new Database(file, { readonly: true })
  expect(upgraded.pragma('user_version', { simple: true })).toBe(3)
  upgraded.close()
})

test('a database of schema version 2 (no product-order heads) loads whole once, writes the heads, then restarts from them', async () => {
  const file = stateFile()
  const { h } = await sandboxWithHistory(file)
  const before = await exported(h)
  await h.sandbox.close()
  const db = new Database(file)
  db.exec('ALTER TABLE product_orders DROP COLUMN head; PRAGMA user_version = 2')
  db.close()

  const loaded = harness({ stateFile: file })
  expect(await exported(loaded)).toEqual(before)
  await loaded.sandbox.close()
  const upgraded = new Database(file, { readonly: true })
  expect(upgraded.pragma('user_version', { simple: true })).toBe(3)
  const heads = upgraded.prepare('SELECT product_order_id, head FROM product_orders').all() as {
    product_order_id: string
    head: string | null
  }[]
  upgraded.close()
  expect(heads.map((r) => r.product_order_id).sort()).toEqual(
    before.tenants[0]!.productOrders.map((r) => r.productOrderId).sort(),
  )
  for (const { head } of heads)
    expect(JSON.parse(head!)).toMatchObject({ times: { ordered: expect.any(Number) } })

  const again = harness({ stateFile: file })
  expect(await exported(again)).toEqual(before)
  await again.sandbox.close()
})

test('a finished exchange restarts with its claim, completed claim and previous exchange as they were', async () => {
  const file = stateFile()
  const h = harness({ stateFile: file })
  const token = await h.token()
  const id = (await h.order()).productOrderIds[0]!
  const dispatchDate = formatKst(h.sandbox.engine.tenant().now())
  const item = { productOrderId: id, deliveryMethod: 'DELIVERY', deliveryCompanyCode: 'CJGLS' }
  const body = { dispatchProductOrders: [{ ...item, trackingNumber: '612345678901', dispatchDate }] }
  const dispatched = await h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', { token, body })
  expect(dispatched.status).toBe(200)
  for (const name of ['deliver', 'buyer-exchange', 'collect-done']) await event(h, id, name)
  const redelivery = {
    reDeliveryMethod: 'DELIVERY',
    reDeliveryCompany: 'HANJIN',
    reDeliveryTrackingNumber: '512345678901',
  }
  const redispatched = await h.call(
    'POST',
    `/v1/pay-order/mall/product-orders/${id}/claim/exchange/dispatch`,
    {
      token,
      body: redelivery,
    },
  )
  expect(redispatched.status, await redispatched.text()).toBe(200)
  await event(h, id, 'redeliver-done')
  const before = await exported(h)
  const record = before.tenants[0]!.productOrders[0] as unknown as Record<string, unknown>
  expect(record.beforeExchange).toEqual(record.claim)
  expect((record.completedClaims as unknown[]).length).toBe(1)
  await h.sandbox.close()
  // The row names the blocks it repeats (documented for sqlite3 readers).
  const db = new Database(file, { readonly: true })
  const named = db
    .prepare(
      "SELECT json ->> '$.beforeExchange', json ->> '$.completedClaims[0].collectAddress' FROM product_orders",
    )
    .raw()
    .get()
  db.close()
  expect(named).toEqual(['=claim', '=claim.collectAddress'])

  const restarted = harness({ stateFile: file })
  expect(await exported(restarted)).toEqual(before)
  await restarted.sandbox.close()
})
