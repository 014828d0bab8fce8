/**
 * The proof that the `sandbox` target works against a host we do not control, without reaching the real
 * one: a stranger emulator process serves HTTPS with a self-signed certificate, the contracts CLI runs
 * against it as a separate process with credentials only in its environment and the certificate trusted
 * only through NODE_EXTRA_CA_CERTS, records cassettes, and the recording is replayed against the emulator
 * as it is (no drift) and as deliberately altered (all three alterations named).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Cassette } from '../src/cassettes/cassette.ts'
import { readCassettes } from '../src/cassettes/store.ts'
import { runContractsCli } from '../src/cli.ts'
import { compareWithCassettes } from '../src/drift/compare.ts'
import { renderDriftMarkdown } from '../src/drift/render-markdown.ts'
import { runContracts } from '../src/runner/run-contracts.ts'
import { limits, queries } from '../src/suites/index.ts'
import { stop } from '../src/targets/http.ts'
import { createInprocessTarget } from '../src/targets/inprocess.ts'
import { altered } from './planted-drift.ts'
import { outputOf, untilLine } from './processes.ts'

/** The `npay-sandbox` package's CLI (workspace entry), which carries the `contracts` command. */
const PUBLIC_CLI = fileURLToPath(new URL('../../npay-sandbox/bin/npay-sandbox.mjs', import.meta.url))

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url))
const credentials = {
  clientId: `stranger${randomBytes(6).toString('hex')}`,
  clientSecret: '$2a$04$strangerSecretSalt012u',
}

let dir: string
let stranger: ChildProcess
let baseUrl: string
let cli: { code: number | null; output: string }
let cassettes: Cassette[]
let began: number

beforeAll(async () => {
  began = Date.now()
  dir = await mkdtemp(join(tmpdir(), 'npay-contracts-'))
  stranger = spawn(process.execPath, ['--import', 'tsx', here('stranger/server.ts')], {
    cwd: here('..'),
    env: {
      PATH: process.env.PATH,
      STRANGER_CLIENT_ID: credentials.clientId,
      STRANGER_CLIENT_SECRET: credentials.clientSecret,
      STRANGER_FIXTURES: join(dir, 'fixtures.json'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  baseUrl = (await untilLine(stranger, /stranger ready (https:\/\/\S+)/))[1]!
  const child = spawn(
    process.execPath,
    [
      PUBLIC_CLI,
      'contracts',
      '--target',
      'sandbox',
      '--fixtures',
      join(dir, 'fixtures.json'),
      '--allow-mutations',
    ].concat(['--record', join(dir, 'cassettes'), '--report', join(dir, 'report'), '--pace', '0']),
    {
      env: {
        PATH: process.env.PATH,
        NPAY_BASE_URL: baseUrl,
        NPAY_CLIENT_ID: credentials.clientId,
        NPAY_CLIENT_SECRET: credentials.clientSecret,
        NODE_EXTRA_CA_CERTS: here('stranger/cert.pem'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  cli = await outputOf(child)
  cassettes = await readCassettes(join(dir, 'cassettes'))
})

afterAll(async () => {
  if (stranger) await stop(stranger)
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('the CLI passes every contract against the stranger, skipping only what needs an emulator clock', async () => {
  expect(cli.output).toMatch(/sandbox: \d+ passed, 0 failed, 2 skipped, 0 unsupported/)
  expect(cli.code).toBe(0)
  const junit = await readFile(join(dir, 'report', 'junit.xml'), 'utf8')
  expect(junit.match(/<skipped message="skipped: needs an emulator&apos;s control plane/g)).toHaveLength(2)
})

test('the recording is stamped with the target and the date and holds no credentials', async () => {
  expect(cassettes.length).toBeGreaterThan(70)
  for (const cassette of cassettes) {
    expect(cassette.target).toEqual({ name: 'sandbox', baseUrl })
    expect(Date.parse(cassette.recordedAt)).toBeGreaterThanOrEqual(began)
  }
  const text = JSON.stringify(cassettes)
  expect(text).not.toContain(credentials.clientId)
  expect(text).not.toContain(credentials.clientSecret)
  expect(text).toContain('Bearer <redacted>')
})

test('replaying the recording against the emulator through the CLI finds no drift', async () => {
  const lines: string[] = []
  const code = await runContractsCli(
    ['--target', 'inprocess', '--compare', join(dir, 'cassettes'), '--report', join(dir, 'replay')],
    {},
    { out: (line) => lines.push(line), err: (line) => lines.push(line) },
  )
  const drift = JSON.parse(await readFile(join(dir, 'replay', 'drift.json'), 'utf8'))
  expect(drift.cases.flatMap((c: { differences: unknown[] }) => c.differences)).toEqual([])
  expect(code).toBe(0)
  expect(await readFile(join(dir, 'replay', 'drift.md'), 'utf8')).toContain('**No drift**')
})

test('replaying against an altered emulator names the renamed field, the changed code and the new enum value', async () => {
  // The suites where the three alterations show; the other cassettes are reported as not replayed.
  const target = await createInprocessTarget({ alterResponse: altered })
  const drift = compareWithCassettes(cassettes, await runContracts({ target, suites: [limits, queries] }))
  const differences = drift.cases.flatMap((c) => c.differences)
  const seen = (kind: string, test: (d: (typeof differences)[number]) => boolean) =>
    differences.some((d) => d.kind === kind && test(d))
  expect(seen('key', (d) => d.path?.endsWith('/productName') === true && d.recorded === 'present')).toBe(true)
  expect(seen('key', (d) => d.path?.endsWith('/productTitle') === true && d.replayed === 'present')).toBe(
    true,
  )
  expect(seen('error-code', (d) => d.recorded === '100003' && d.replayed === '100001')).toBe(true)
  expect(
    seen('enum', (d) => d.path?.endsWith('/taxType') === true && d.message.includes('TAXATION_ZERO')),
  ).toBe(true)
  expect(new Set(differences.map((d) => d.kind))).toEqual(new Set(['key', 'error-code', 'enum']))
  const markdown = renderDriftMarkdown(drift)
  for (const word of ['productName', 'productTitle', '100003', 'TAXATION_ZERO'])
    expect(markdown).toContain(word)
})
