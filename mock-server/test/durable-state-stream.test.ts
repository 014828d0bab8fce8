/**
 * `GET /__sandbox/state` streams: the document arrives in many pieces, is byte for byte what
 * `JSON.stringify` of the exported state writes, loads back, and is the sandbox of one instant: a change
 * made while the response is still being read is not in it. No temporary file is left behind.
 */
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

const WALL = Date.UTC(2024, 4, 15, 2)
const ORDERS = 150

async function filled() {
  const h = harness({ wallClock: () => WALL })
  for (let i = 0; i < ORDERS; i++) await h.order({ items: [{}, {}] })
  return h
}

const leftovers = () =>
  readdirSync(tmpdir()).filter((n) => n.startsWith(`.npay-sandbox-export-${process.pid}-`))

async function readAll(res: Response): Promise<{ text: string; pieces: number }> {
  const reader = res.body!.getReader()
  const parts: Uint8Array[] = []
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value)
  return { text: Buffer.concat(parts).toString('utf8'), pieces: parts.length }
}

test('a large export streams in pieces, byte-identical to the document, and loads back', async () => {
  const h = await filled()
  const expected = JSON.stringify(h.sandbox.engine.exportState())
  const res = await h.control('GET', '/__sandbox/state')
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
  const { text, pieces } = await readAll(res)
  expect(text.length).toBeGreaterThan(500_000)
  expect(pieces).toBeGreaterThan(4)
  expect(text).toBe(expected)

  const other = harness({ wallClock: () => WALL })
  expect((await other.control('PUT', '/__sandbox/state', JSON.parse(text))).status).toBe(200)
  expect(await (await other.control('GET', '/__sandbox/state')).text()).toBe(expected)
  expect(leftovers()).toEqual([])
})

test('a change made while an export is being read is not in that export', async () => {
  const h = await filled()
  const before = JSON.stringify(h.sandbox.engine.exportState())
  const res = await h.control('GET', '/__sandbox/state')
  const reader = res.body!.getReader()
  const first = await reader.read()
  // Between pieces: an order, a transition of a product order already listed, and a clock move.
  const { productOrderIds } = await h.order()
  const listed = h.sandbox.engine.tenant().counts()
  await h.control('POST', '/__sandbox/clock/advance', { by: '1h' })
  expect(productOrderIds).toHaveLength(1)
  const parts = [first.value!]
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value)
  expect(Buffer.concat(parts).toString('utf8')).toBe(before)
  expect(listed.productOrders).toBe(ORDERS * 2 + 1)
  expect(leftovers()).toEqual([])
})

test('an export abandoned before its end leaves no temporary file', async () => {
  const h = await filled()
  const res = await h.control('GET', '/__sandbox/state')
  const reader = res.body!.getReader()
  await reader.read()
  await reader.cancel()
  expect(leftovers()).toEqual([])
})
