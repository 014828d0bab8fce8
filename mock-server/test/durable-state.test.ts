/**
 * `--state-file` as a database (docs/decisions/0004-durable-state.md): a restart gives back exactly the
 * sandbox that was there, every kind of per-merchant state included; a JSON state file of the earlier
 * format is converted; a server killed with SIGKILL mid-writes keeps every acknowledged change and leaves
 * no temporary file.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { createSandbox } from '../src/index.ts'
import { type Harness, harness } from './harness.ts'

const tempFolder = () => mkdtempSync(join(tmpdir(), 'npay-durable-'))
const UNENCODED =
  '/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom=2024-05-15T08:00:00.000+09:00'
const RATE = { enabled: true, perSecond: 1, burst: 3, clock: () => 0 }

async function exported(h: Harness): Promise<Record<string, unknown>> {
  const state = (await (await h.control('GET', '/__sandbox/state')).json()) as Record<string, unknown>
  return { ...state, savedAt: 0 }
}

async function ok(res: Promise<Response>) {
  const r = await res
  expect(r.status, await r.clone().text()).toBeLessThan(300)
  return r
}

/** Orders in several states, settlement lines, a review, tracking numbers, faults, lint and buckets. */
async function busySandbox(h: Harness) {
  const token = await h.token()
  const event = (id: string, name: string) =>
    ok(h.control('POST', `/__sandbox/product-orders/${id}/events/${name}`, {}))
  const { productOrderIds: paid } = await h.order({
    items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }],
  })
  const { productOrderIds: two } = await h.order({ items: [{}, {}] })
  await h.order({ paid: false })
  await ok(
    h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', {
      token,
      body: {
        dispatchProductOrders: [
          {
            productOrderId: paid[0],
            deliveryMethod: 'DELIVERY',
            deliveryCompanyCode: 'CJGLS',
            trackingNumber: '612345678901',
            dispatchDate: '2024-05-15T10:00:00.000+09:00',
          },
        ],
      },
    }),
  )
  await event(paid[0]!, 'deliver')
  await event(paid[0]!, 'decide-purchase')
  await ok(h.control('POST', `/__sandbox/product-orders/${paid[0]}/reviews`, { score: 4 }))
  await event(two[0]!, 'buyer-cancel')
  await ok(h.control('POST', '/__sandbox/clock/advance', { by: '3d' }))
  await ok(
    h.control('PUT', '/__sandbox/faults', {
      rules: [{ id: 'third', operationId: 'getReviews', kind: 'gateway', code: 'GW.TIMEOUT.01', nth: 3 }],
    }),
  )
  await h.call('GET', UNENCODED, { token })
  await h.call('GET', '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00', { token })
  const other = (await (await ok(h.control('POST', '/__sandbox/merchants', { name: '둘째' }))).json()) as {
    clientId: string
    clientSecret: string
  }
  await h.token(other)
  return { token, other }
}

test('a restart gives back the sandbox exactly as it was, every per-merchant state kind included', async () => {
  const file = join(tempFolder(), 'state.db')
  const first = harness({ stateFile: file, rateLimit: RATE })
  await busySandbox(first)
  const before = await exported(first)
  await first.sandbox.close()

  const second = harness({ stateFile: file, rateLimit: RATE })
  expect(await exported(second)).toEqual(before)
  const tenants = before.tenants as { extensions: Record<string, unknown> }[]
  expect(Object.keys(tenants[0]!.extensions).sort()).toEqual(['faults', 'lint', 'rateLimit', 'settlement'])
  expect((tenants[0]!.extensions.settlement as { lines: unknown[] }).lines.length).toBeGreaterThan(0)
})

test('changes after a restart, a reset and an import are kept too', async () => {
  const file = join(tempFolder(), 'state.db')
  const first = harness({ stateFile: file })
  const { other } = await busySandbox(first)
  const snapshot = await exported(first)
  await first.sandbox.close()

  const second = harness({ stateFile: file })
  await second.order()
  await ok(second.control('POST', '/__sandbox/reset', { clientId: other.clientId }))
  const afterReset = await exported(second)
  await second.sandbox.close()
  expect(await exported(harness({ stateFile: file }))).toEqual(afterReset)

  const third = harness({ stateFile: file })
  await ok(third.control('PUT', '/__sandbox/state', snapshot))
  await third.sandbox.close()
  expect(await exported(harness({ stateFile: file }))).toEqual(snapshot)
})

test('a JSON state file of format version 1 loads, becomes a database and leaves nothing beside it', async () => {
  const folder = tempFolder()
  const file = join(folder, 'sandbox.json')
  const source = harness()
  await busySandbox(source)
  const document = await exported(source)
  expect(document.version).toBe(1)
  writeFileSync(file, JSON.stringify(document))
  writeFileSync(join(folder, `.sandbox.json.${process.pid}.tmp`), '{"left by":"a killed writer"}')

  const loaded = harness({ stateFile: file })
  expect(await exported(loaded)).toEqual(document)
  expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3')
  await loaded.sandbox.close()
  expect(readdirSync(folder)).toEqual(['sandbox.json'])
  expect(await exported(harness({ stateFile: file }))).toEqual(document)
})

test('a file that is neither a state document nor a state database stops the start with the reason', () => {
  const file = join(tempFolder(), 'state.db')
  writeFileSync(file, 'SQLite format 3\u0000 but not really')
  expect(() => createSandbox({ stateFile: file })).toThrow(file)
})

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))

function startServer(file: string) {
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', '--state-file', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const origin = new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 20_000)
    const read = (d: Buffer) => {
      out += d
      const m = /control plane\s+(http:\/\/127\.0\.0\.1:\d+)\/__sandbox/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return { child, origin, exited }
}

test('SIGKILL in the middle of writes loses no acknowledged change and leaves only the database', async () => {
  const folder = tempFolder()
  const file = join(folder, 'state.db')
  const server = startServer(file)
  const origin = await server.origin
  const acknowledged: string[] = []
  const send = () =>
    fetch(`${origin}/__sandbox/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
      .then(async (r) => {
        if (r.status === 201) acknowledged.push(((await r.json()) as { orderId: string }).orderId)
      })
      .catch(() => {})
  // Four writers in parallel; the kill lands while requests are in flight.
  const writers = Array.from({ length: 4 }, async () => {
    for (let i = 0; i < 40 && server.child.exitCode === null && !server.child.signalCode; i++) await send()
  })
  while (acknowledged.length < 30) await new Promise((r) => setTimeout(r, 5))
  server.child.kill('SIGKILL')
  await Promise.all(writers)
  await server.exited

  const restarted = createSandbox({ stateFile: file })
  const stored = new Set([...restarted.engine.tenant().orderRecords()].map((o) => o.order.orderId))
  for (const id of acknowledged) expect(stored.has(id)).toBe(true)
  await restarted.close()
  expect(readdirSync(folder).filter((name) => !/^state\.db(-wal|-shm)?$/.test(name))).toEqual([])
})
