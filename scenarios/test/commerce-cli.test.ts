/**
 * `npay-sandbox seed` and `run` on Commerce API merchants, as a smartstore integrator runs them: in-process
 * with `--api commerce`, and against a running emulator started with `--api commerce` (`--client-id` of a
 * Commerce merchant).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

const CLI = fileURLToPath(new URL('../../mock-server/bin/npay-sandbox.mjs', import.meta.url))
const EXAMPLE = fileURLToPath(new URL('../examples/commerce-seller-exchange.yaml', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'npay-commerce-cli-'))
// Each test spawns the CLI, which compiles TypeScript on start: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
  })
}

test('seed --api commerce seeds a Commerce merchant in-process (seller id ncp_sandbox_01 in the export)', async () => {
  const file = join(dir, 'commerce.json')
  const { code, stdout } = await cli(
    'seed',
    'return-requested',
    '--count',
    '2',
    '--api',
    'commerce',
    '--export',
    file,
  )
  expect(code).toBe(0)
  expect(stdout).toContain('seeded return-requested in-process: 2 orders')
  const state = JSON.parse(readFileSync(file, 'utf8')) as { mallId: string; orders: unknown[] }
  expect(state.mallId).toBe('ncp_sandbox_01')
  expect(state.orders).toHaveLength(2)
})

test('seed --api refuses an unknown API', async () => {
  const { code, stderr } = await cli('seed', 'delivered', '--api', 'smartstore')
  expect(code).toBe(2)
  expect(stderr).toContain('--api must be npay or commerce, got smartstore')
})

describe('against an emulator started with --api commerce', () => {
  let server: ChildProcess
  let origin: string
  let out = ''

  beforeAll(async () => {
    server = spawn(process.execPath, [CLI, 'start', '--port', '0', '--api', 'commerce'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    origin = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const m = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/external\n[\s\S]*mallId/.exec(out)
        if (m) resolve(m[1]!)
      })
      server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)))
    })
  })
  afterAll(() => {
    server.kill('SIGTERM')
  })

  test('seed --base-url --client-id seeds the Commerce merchant through the control plane', async () => {
    const clientId = /client_id\s+(\S+)/.exec(out)![1]!
    const { code, stdout } = await cli(
      'seed',
      'exchange-collected',
      '--count',
      '2',
      '--base-url',
      `${origin}/external`,
      '--client-id',
      clientId,
    )
    expect(code, stdout).toBe(0)
    expect(stdout).toContain(`seeded exchange-collected on ${origin}: 2 orders`)
    const merchant = (await (await fetch(`${origin}/__sandbox/merchants/${clientId}`)).json()) as {
      api: string
      mallId: string
    }
    expect(merchant).toMatchObject({ api: 'commerce', mallId: 'ncp_sandbox_01' })
    const list = (await (
      await fetch(`${origin}/__sandbox/product-orders?clientId=${clientId}&claimType=EXCHANGE`)
    ).json()) as { productOrders: unknown[] }
    expect(list.productOrders).toHaveLength(2)
  })

  test('run --base-url runs the Commerce example as a Commerce merchant of its own', async () => {
    const { code, stdout } = await cli('run', EXAMPLE, '--base-url', origin)
    expect(code, stdout).toBe(0)
    expect(stdout).toContain('scenarios: 1 passed, 0 failed')
  })
})
