import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readCassettes, writeCassettes } from '../src/cassettes/store.ts'
import { recordExchanges } from '../src/exchange/record-exchange.ts'
import type { Exchange } from '../src/exchange/types.ts'
import { runContracts } from '../src/runner/run-contracts.ts'
import type { RunReport } from '../src/runner/types.ts'
import { queries, tokens } from '../src/suites/index.ts'
import { createInprocessTarget } from '../src/targets/inprocess.ts'

let dir: string
let report: RunReport

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'npay-cassettes-'))
  const target = await createInprocessTarget()
  report = await runContracts({ target, suites: [tokens, queries] })
  await writeCassettes(dir, report)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Every string value under `key` anywhere in the raw exchanges. */
function rawValues(key: string): string[] {
  const found: string[] = []
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === key && typeof v === 'string') found.push(v)
        walk(v)
      }
    }
  }
  for (const r of report.results)
    for (const e of r.exchanges) walk([e.requestBody, e.responseBody, e.requestHeaders])
  return found
}

test('the recorder checks every response against the document and names each problem by path and kind', async () => {
  const log: Exchange[] = []
  const body = { timestamp: 'yesterday', traceId: 't', data: ['2024060712345678'], surprise: true }
  const fake = async () =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  const base = 'https://sandbox-api.pay.naver.com/npay/partner'
  const fetch = recordExchanges(fake, base, (e) => log.push(e))
  await fetch(new Request(`${base}/v1/pay-order/mall/orders/2024060700000001/product-order-ids`))
  expect(log[0]?.operationId).toBe('getProductOrderIds')
  const problems = new Set(log[0]?.problems.map((p) => `${p.kind} ${p.path}`))
  expect(problems).toEqual(
    new Set(['missing header:GNCP-GW-Trace-ID', 'undocumented /surprise', 'format /timestamp']),
  )
})

test('every case that ran has a cassette stamped with the target and the date, and the manifest lists all', async () => {
  const cassettes = await readCassettes(dir)
  expect(cassettes.map((c) => c.id).sort()).toEqual(report.results.map((r) => r.id).sort())
  for (const c of cassettes) {
    expect(c.target).toEqual({ name: 'inprocess', baseUrl: 'http://emulator.test/npay/partner' })
    expect(c.recordedAt).toBe(report.startedAt)
  }
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))
  expect(manifest.cases).toHaveLength(report.results.length)
})

test('cassettes hold no token, signature, secret, buyer name or phone number of the run', async () => {
  const files = await readdir(dir, { recursive: true })
  const text = (
    await Promise.all(files.filter((f) => f.endsWith('.json')).map((f) => readFile(join(dir, f), 'utf8')))
  ).join('\n')
  const secrets = [
    ...rawValues('access_token'),
    ...rawValues('client_secret_sign'),
    ...rawValues('ordererName'),
    ...rawValues('ordererTel'),
    ...rawValues('baseAddress'),
  ]
  expect(secrets.length).toBeGreaterThan(5)
  for (const secret of new Set(secrets)) expect(text).not.toContain(secret)
  expect(text).not.toMatch(/Bearer (?!<redacted>)/)
})
