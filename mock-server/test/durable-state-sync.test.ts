/**
 * `--state-sync` / `createSandbox({ stateSync })`: `full` (default) flushes the WAL on every commit,
 * `normal` leaves that to checkpoints (a commit survives a killed process, not power loss). Either way
 * an acknowledged change is in the database when the server stops and starts again; anything else is
 * refused with the usage.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createEngine } from '@npay-sandbox/engine'
import { expect, test, vi } from 'vitest'
import { createApp } from '../src/app.ts'
import { closeStateFile, storeOf } from '../src/state-file.ts'
import { harness } from './harness.ts'

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))
vi.setConfig({ testTimeout: 120_000 })

test.each(['full', 'normal'] as const)(
  'with stateSync %s an order is there after a restart',
  async (stateSync) => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'npay-sync-')), 'state.db')
    const first = harness({ stateFile, stateSync })
    const { productOrderIds } = await first.order()
    await first.sandbox.close()
    const second = harness({ stateFile, stateSync })
    const res = await second.control('GET', `/__sandbox/product-orders/${productOrderIds[0]}`)
    expect(res.status).toBe(200)
    await second.sandbox.close()
  },
)

test.each([
  [undefined, 'full'],
  ['full', 'full'],
  ['normal', 'normal'],
] as const)('createApp(engine, { stateFile, stateSync: %s }) writes with %s', async (stateSync, expected) => {
  const stateFile = join(mkdtempSync(join(tmpdir(), 'npay-sync-app-')), 'state.db')
  const engine = createEngine({ clock: 'frozen' })
  const app = createApp(engine, { stateFile, ...(stateSync ? { stateSync } : {}) })
  expect(storeOf(engine, stateFile).sync).toBe(expected)
  const placed = await app.request('http://emulator.test/__sandbox/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  expect(placed.status).toBe(201)
  const { productOrderIds } = (await placed.json()) as { productOrderIds: string[] }
  closeStateFile(engine)
  const again = harness({ stateFile, ...(stateSync ? { stateSync } : {}) })
  const res = await again.control('GET', `/__sandbox/product-orders/${productOrderIds[0]}`)
  expect(res.status).toBe(200)
  await again.sandbox.close()
})

test('start refuses a --state-sync other than full or normal, with the usage', async () => {
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [CLI, 'start', '--port', '0', '--state-file', join(tmpdir(), 'never.db'), '--state-sync', 'off'],
      { timeout: 60_000 },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    ),
  )
  expect(code).toBe(2)
  expect(stderr).toContain('--state-sync must be full or normal, got off')
  expect(stderr).toContain('[--state-sync full|normal]')
})
