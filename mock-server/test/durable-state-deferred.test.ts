/**
 * A restart reads product orders from the `--state-file` on first use (docs/decisions/0004-durable-state.md,
 * Restart): what the API answers after a restart is what it answered before, one product order changed
 * after the restart is written without disturbing the others, a sandbox closed after a restart still holds
 * every record (read before the file closes), a process that exits without reading them leaves a file
 * that loads whole, and the records are read in the background while the server is idle.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from 'vitest'
import { closeStateFile } from '../src/state-file.ts'
import { type Harness, harness } from './harness.ts'

const stateFile = () => join(mkdtempSync(join(tmpdir(), 'npay-deferred-')), 'state.db')

async function event(h: Harness, productOrderId: string, name: string) {
  const res = await h.control('POST', `/__sandbox/product-orders/${productOrderId}/events/${name}`, {})
  expect(res.status, await res.text()).toBeLessThan(300)
}

/** Three orders: one cancelled by the buyer, one delivered, one paid. */
async function seeded(file: string) {
  const h = harness({ stateFile: file })
  const cancelled = (await h.order()).productOrderIds[0]!
  await event(h, cancelled, 'buyer-cancel')
  const delivered = (await h.order()).productOrderIds[0]!
  await h.dispatch(delivered)
  await event(h, delivered, 'deliver')
  const paid = (await h.order()).productOrderIds[0]!
  return { h, ids: { cancelled, delivered, paid } }
}

async function details(h: Harness, ids: string[]) {
  const res = await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
    token: await h.token(),
    body: { productOrderIds: ids },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { data: unknown[] }).data
}

const exportOf = (h: Harness) => ({ ...h.sandbox.engine.exportState(), savedAt: 0 })

/** A seeded state file whose sandbox is closed: its ids, and the details and export it had. */
async function closedAfterSeeding() {
  const file = stateFile()
  const { h, ids } = await seeded(file)
  const all = Object.values(ids)
  const before = { details: await details(h, all), state: exportOf(h) }
  await h.sandbox.close()
  return { file, ids, all, before }
}

test('after a restart the API answers as before, and a change to one product order keeps the others as they were', async () => {
  const { file, ids, all, before } = await closedAfterSeeding()

  const restarted = harness({ stateFile: file })
  expect(await details(restarted, all)).toEqual(before.details)
  await event(restarted, ids.paid, 'change-address')
  const changed = await details(restarted, all)
  expect(changed.slice(0, 2)).toEqual(before.details.slice(0, 2))
  expect(changed[2]).not.toEqual(before.details[2])
  await restarted.sandbox.close()

  const again = harness({ stateFile: file })
  expect(await details(again, all)).toEqual(changed)
  await again.sandbox.close()
})

test('a sandbox closed after a restart still holds every product order it did not read', async () => {
  const { file, before } = await closedAfterSeeding()
  // Closed in the same turn as the start: the background reader has not run.
  const restarted = harness({ stateFile: file })
  await restarted.sandbox.close()
  expect(exportOf(restarted)).toEqual(before.state)
})

test('a process that exits without reading its deferred product orders leaves a file that loads whole', async () => {
  const { file, before } = await closedAfterSeeding()
  // Closed in the same turn as the start, as the CLI's stop does: nothing was read.
  const exiting = harness({ stateFile: file })
  closeStateFile(exiting.sandbox.engine, { readDeferred: false })
  await exiting.sandbox.close()

  const again = harness({ stateFile: file })
  expect(exportOf(again)).toEqual(before.state)
  await again.sandbox.close()
})

test('after a restart the records are read in the background: once idle, the API answers them from memory', async () => {
  const { file, all, before } = await closedAfterSeeding()

  const restarted = harness({ stateFile: file })
  // The reader runs in slices between other work (setImmediate): a few turns of the loop read three orders.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
  // With the rows gone from the file, what answers is what the background read put in memory.
  const db = new Database(file)
  db.exec('DELETE FROM product_orders')
  db.close()
  expect(await details(restarted, all)).toEqual(before.details)
  closeStateFile(restarted.sandbox.engine, { readDeferred: false })
  await restarted.sandbox.close()
})
