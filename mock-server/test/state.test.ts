import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { createSandbox } from '../src/index.ts'
import { harness } from './harness.ts'

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'npay-state-')), 'state.json')

test('an exported state imports into a fresh sandbox and exports identically', async () => {
  const h = harness()
  const { productOrderIds } = await h.order({ items: [{}, {}] })
  await h.control('POST', `/__sandbox/product-orders/${productOrderIds[0]}/events/buyer-cancel`, {})
  await h.control('POST', '/__sandbox/merchants', { name: '둘째 가맹점' })
  const exported = await (await h.control('GET', '/__sandbox/state')).json()
  const other = harness({ seed: 99 })
  const res = await other.control('PUT', '/__sandbox/state', exported)
  expect(await res.json()).toEqual({ imported: true, merchants: 2 })
  const again = (await (await other.control('GET', '/__sandbox/state')).json()) as { savedAt: number }
  expect({ ...again, savedAt: 0 }).toEqual({ ...(exported as object), savedAt: 0 })
  const inspection = (await (
    await other.control('GET', `/__sandbox/product-orders/${productOrderIds[0]}`)
  ).json()) as {
    detail: { productOrder: { productOrderStatus: string } }
  }
  expect(inspection.detail.productOrder.productOrderStatus).toBe('CANCELED')
})

test.each([
  ['not an object', 'nope'],
  ['another format', { format: 'other', version: 1 }],
  [
    'a future version',
    { format: 'npay-sandbox-state', version: 2, savedAt: 0, tenants: [{}], usedTrackingNumbers: [] },
  ],
])('a malformed state (%s) is refused with 400 and changes nothing', async (_, body) => {
  const h = harness()
  await h.order()
  const snapshot = async () => ({
    ...((await (await h.control('GET', '/__sandbox/state')).json()) as object),
    savedAt: 0,
  })
  const before = await snapshot()
  const res = await h.control('PUT', '/__sandbox/state', body)
  expect(res.status).toBe(400)
  expect(await snapshot()).toEqual(before)
})

test('with a state file the sandbox keeps orders, clocks and tokens across restarts', async () => {
  const file = tempFile()
  const first = harness({ stateFile: file })
  const token = await first.token()
  const { productOrderIds } = await first.order()
  await first.control('POST', '/__sandbox/clock/advance', { by: '2h' })
  const second = harness({ stateFile: file })
  const res = await second.call('POST', '/v1/pay-order/mall/product-orders/query', {
    token,
    body: { productOrderIds },
  })
  expect(res.status).toBe(200)
  expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(1)
  const clock = (await (await second.control('GET', '/__sandbox/clock')).json()) as { now: string }
  expect(clock.now).toBe('2024-05-15T12:00:00.000+09:00')
})

test('a corrupt state file stops the start with the reason', () => {
  const file = tempFile()
  writeFileSync(file, '{"format": "npay-sandbox-state", ')
  expect(() => createSandbox({ stateFile: file })).toThrow(/not valid JSON/)
})

test('a state file in folders that do not exist yet is written there', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'npay-state-')), 'data', 'sandbox', 'state.json')
  const h = harness({ stateFile: file })
  const { orderId } = await h.order()
  expect(existsSync(file)).toBe(true)
  expect(createSandbox({ stateFile: file }).engine.tenant().order(orderId)).toBeDefined()
})

test('a state file that cannot be written stops the start naming that path, not the temporary file', () => {
  const notAFolder = tempFile()
  writeFileSync(notAFolder, '')
  const file = join(notAFolder, 'state.json')
  expect(() => createSandbox({ stateFile: file })).toThrow(`cannot write the state file ${file}: `)
  expect(() => createSandbox({ stateFile: file })).not.toThrow(/\.tmp/)
})

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))

test('a server killed in the middle of writes loses no acknowledged order and leaves a valid file', async () => {
  const file = tempFile()
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', '--state-file', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const origin = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 20_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d
      const m = /control plane\s+(http:\/\/127\.0\.0\.1:\d+)\/__sandbox/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    })
    child.stderr!.on('data', (d: Buffer) => {
      out += d
    })
  })
  const acknowledged: string[] = []
  const pending: Promise<void>[] = []
  for (let i = 0; i < 60; i++) {
    pending.push(
      fetch(`${origin}/__sandbox/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
        .then(async (r) => {
          if (r.status === 201) acknowledged.push(((await r.json()) as { orderId: string }).orderId)
        })
        .catch(() => {}),
    )
    if (i === 30) child.kill('SIGKILL')
  }
  await Promise.all(pending)
  await new Promise((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve(null) : child.once('exit', resolve),
  )
  expect(existsSync(file)).toBe(true)
  const restarted = createSandbox({ stateFile: file })
  const stored = new Set([...restarted.engine.tenant().orderRecords()].map((o) => o.order.orderId))
  for (const id of acknowledged) expect(stored.has(id)).toBe(true)
})
