import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TRANSITIONS } from '@npay-sandbox/engine'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

const CLI = fileURLToPath(new URL('../../mock-server/bin/npay-sandbox.mjs', import.meta.url))
const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'npay-scenarios-'))

/** `covered` of the state table's rows as the coverage report writes it (the table grows with the APIs). */
const share = (covered: number) =>
  `${covered}/${TRANSITIONS.length} rows (${Math.round((covered / TRANSITIONS.length) * 1000) / 10} %)`
// Each test spawns the CLI, which compiles TypeScript on start: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
  })
}

test('scenarios lists every seed with a one-line description', async () => {
  const { code, stdout } = await cli('scenarios')
  expect(code).toBe(0)
  expect(stdout).toMatch(/^ {2}return-on-holdback +collected returns the merchant put on hold/m)
  expect(stdout).toMatch(/^ {2}busy-shop +N days of mixed traffic/m)
})

test('seed prints a summary and the same seed exports the same bytes', async () => {
  const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')]
  const first = await cli('seed', 'exchange-on-holdback', '--count', '2', '--seed', '5', '--export', a)
  await cli('seed', 'exchange-on-holdback', '--count', '2', '--seed', '5', '--export', b)
  expect(first.code).toBe(0)
  expect(first.stdout).toContain('seeded exchange-on-holdback in-process: 2 orders, 2 product orders (seed 5')
  expect(first.stdout).toMatch(/ {5}2 {2}DELIVERED · OK · EXCHANGE\/COLLECT_DONE · holdback HOLDBACK/)
  expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'))
})

test('seed busy-shop shows progress on stderr and finishes', async () => {
  const { code, stdout, stderr } = await cli('seed', 'busy-shop', '--count', '150', '--param', 'days=3')
  expect(code).toBe(0)
  expect(stderr).toMatch(/busy-shop \[#+-*\] +\d+\/150/)
  expect(stderr).toContain('150/150 100%')
  expect(stdout).toContain('clock   2025-06-02T09:00:00.000+09:00 → 2025-06-05T09:00:00.000+09:00')
})

test('seed refuses an unknown parameter with a usage error', async () => {
  const { code, stderr } = await cli('seed', 'delivered', '--param', 'nope=1')
  expect(code).toBe(1)
  expect(stderr).toContain('delivered has no parameter nope')
})

test('run passes the examples, reports coverage and writes JUnit XML', async () => {
  const junit = join(dir, 'junit.xml')
  const files = ['seller-cancel.yaml', 'partial-cancel.yaml'].map((f) => join(EXAMPLES, f))
  const { code, stdout } = await cli('run', ...files, '--junit', junit, '--coverage')
  expect(code).toBe(0)
  expect(stdout).toContain(`Transition coverage: ${share(5)}`)
  expect(stdout).toContain('scenarios: 2 passed, 0 failed')
  expect(readFileSync(junit, 'utf8')).toContain(
    '<testsuites name="npay-sandbox scenarios" tests="2" failures="0"',
  )
})

test('run --junit and seed --export create the folders of the files they write', async () => {
  const junit = join(dir, 'fresh', 'reports', 'scenarios.xml')
  const exported = join(dir, 'fresh', 'exports', 'state.json')
  const ran = await cli('run', join(EXAMPLES, 'seller-cancel.yaml'), '--junit', junit)
  const seeded = await cli('seed', 'delivered', '--count', '1', '--export', exported)
  expect([ran.code, ran.stderr]).toEqual([0, ''])
  expect(readFileSync(junit, 'utf8')).toContain('<testsuites name="npay-sandbox scenarios"')
  expect(seeded.code).toBe(0)
  expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ clientId: expect.any(String) })
})

test('a file that cannot be written fails with its path and the reason, without a stack trace', async () => {
  const notAFolder = join(dir, 'not-a-folder')
  writeFileSync(notAFolder, '')
  const junit = join(notAFolder, 'scenarios.xml')
  const { code, stderr } = await cli('run', join(EXAMPLES, 'seller-cancel.yaml'), '--junit', junit)
  expect(code).toBe(1)
  expect(stderr).toMatch(new RegExp(`^npay-sandbox run: cannot write the JUnit XML to ${junit}: E[A-Z]+: `))
  expect(stderr).not.toMatch(/\n\s+at /)
})

test('run exits 1 on a failing scenario and shows the difference', async () => {
  const file = join(dir, 'failing.yaml')
  writeFileSync(file, 'name: fails\nsteps:\n  - create: { as: o }\n  - expect: { claimType: CANCEL }\n')
  const { code, stdout } = await cli('run', file)
  expect(code).toBe(1)
  expect(stdout).toContain('differs   claimType: expected CANCEL, got (absent)')
  expect(stdout).toContain('scenarios: 0 passed, 1 failed')
})

test('run --min-coverage fails a run that leaves rows uncovered', async () => {
  const { code, stderr } = await cli('run', join(EXAMPLES, 'admin-cancel.yaml'), '--min-coverage', '100')
  expect(code).toBe(1)
  expect(stderr).toMatch(/transition coverage [\d.]+ % is below 100 %/)
})

describe('against a running emulator (--base-url)', () => {
  let server: ChildProcess
  let origin: string

  beforeAll(async () => {
    server = spawn(process.execPath, [CLI, 'start', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    origin = await new Promise<string>((resolve, reject) => {
      let out = ''
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const m = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/.exec(out)
        if (m) resolve(m[1]!)
      })
      server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)))
    })
  })
  afterAll(() => {
    server.kill('SIGTERM')
  })

  test('seed --base-url seeds the server through the control plane', async () => {
    const { code, stdout } = await cli('seed', 'return-requested', '--count', '2', '--base-url', origin)
    expect(code).toBe(0)
    expect(stdout).toContain(`seeded return-requested on ${origin}: 2 orders`)
    const list = (await (await fetch(`${origin}/__sandbox/product-orders?claimType=RETURN`)).json()) as {
      productOrders: unknown[]
    }
    expect(list.productOrders).toHaveLength(2)
  })

  test('run --base-url runs each file as a new merchant and reads coverage from the server', async () => {
    const { code, stdout } = await cli(
      'run',
      join(EXAMPLES, 'exchange-holdback.yaml'),
      '--base-url',
      `${origin}/npay/partner`,
      '--coverage',
    )
    expect(code).toBe(0)
    expect(stdout).toContain('✓ E8a  holdbackExchange')
    expect(stdout).toContain('scenarios: 1 passed, 0 failed')
  })
})
