/**
 * Cold start: from launching `npay-sandbox start` (a new node process, TypeScript through tsx) to the
 * first 200 of a token request, which is the first call an integrator makes.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { BASE_PATH, signClientSecret, TOKEN_PATH } from '@npay-sandbox/protocol'

const CLI = fileURLToPath(new URL('../../mock-server/bin/npay-sandbox.mjs', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function once(): Promise<number> {
  const port = await freePort()
  const timestamp = String(Date.now())
  const body = new URLSearchParams({
    client_id: DEFAULT_MERCHANT.clientId,
    timestamp,
    grant_type: 'client_credentials',
    client_secret_sign: signClientSecret(DEFAULT_MERCHANT.clientId, DEFAULT_MERCHANT.clientSecret, timestamp),
  }).toString()
  const url = `http://127.0.0.1:${port}${BASE_PATH}${TOKEN_PATH}`
  const started = performance.now()
  const child = spawn(process.execPath, [CLI, 'start', '--port', String(port)], { stdio: 'ignore' })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`bench: npay-sandbox start exited with ${child.exitCode}`)
      if (performance.now() - started > 30_000)
        throw new Error('bench: npay-sandbox start did not answer in 30 s')
      const status = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }).then(
        (response) => response.status,
        () => 0,
      )
      if (status === 200) return performance.now() - started
      if (status !== 0) throw new Error(`bench: the first token request answered ${status}`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  } finally {
    child.kill('SIGTERM')
  }
}

export interface ColdStart {
  /** Milliseconds of each launch, in order (the first may also compile into tsx's cache). */
  launchesMillis: number[]
  medianMillis: number
}

export async function coldStart(launches = 5): Promise<ColdStart> {
  const launchesMillis: number[] = []
  for (let i = 0; i < launches; i++) launchesMillis.push(await once())
  const sorted = [...launchesMillis].sort((a, b) => a - b)
  return { launchesMillis, medianMillis: sorted[Math.floor(sorted.length / 2)]! }
}
