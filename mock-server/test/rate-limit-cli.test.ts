import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { expect, test } from 'vitest'
import { tokenForm } from './harness.ts'

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))

test('start --realistic limits each API to a burst of 4 and prints the lint summary when stopped', async () => {
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', '--realistic'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000)
      child.stdout.on('data', () => {
        const m = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+\/npay\/partner)/.exec(out)
        if (m) {
          clearTimeout(timer)
          resolve(m[1]!)
        }
      })
    })
    const form = () => tokenForm(DEFAULT_MERCHANT.clientId, DEFAULT_MERCHANT.clientSecret)
    const first = await fetch(`${base}/v1/oauth2/token`, { method: 'POST', body: form() })
    expect(first.headers.get('GNCP-GW-RateLimit-Burst-Capacity')).toBe('4')
    const statuses = [first.status]
    // Forty token requests at once: only a run slower than eighteen seconds could refill the bucket in time.
    const rest = await Promise.all(
      Array.from({ length: 39 }, () => fetch(`${base}/v1/oauth2/token`, { method: 'POST', body: form() })),
    )
    statuses.push(...rest.map((r) => r.status))
    expect(statuses).toContain(429)
  } finally {
    child.kill('SIGTERM')
  }
  await exited
  expect(out).toContain('client lint: what the real gateway would penalise')
  expect(out).toContain('excess-token-issuance')
})
