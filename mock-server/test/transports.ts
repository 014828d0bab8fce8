/** The three ways a test can reach the emulator: app.request, MSW interception, a spawned CLI server. */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  type ControlPlaneClient,
  createControlPlaneClient,
  createNpayClient,
  type NpayClient,
} from '@npay-sandbox/client'
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { setupServer } from 'msw/node'
import { createSandbox } from '../src/index.ts'
import { validating } from './validating-fetch.ts'

export interface Transport {
  api: NpayClient
  control: ControlPlaneClient
  /** Responses of the real API that did not match the OpenAPI document. */
  problems: string[]
  close(): Promise<void>
}

const credentials = { clientId: DEFAULT_MERCHANT.clientId, clientSecret: DEFAULT_MERCHANT.clientSecret }

export async function inProcess(): Promise<Transport> {
  const sandbox = createSandbox({ seed: 1 })
  const fetch = (request: Request) => sandbox.app.request(request)
  const checked = validating(fetch)
  return {
    api: createNpayClient({
      ...credentials,
      baseUrl: 'http://emulator.test/npay/partner',
      fetch: checked.fetch,
    }),
    control: createControlPlaneClient({ baseUrl: 'http://emulator.test', fetch }),
    problems: checked.problems,
    close: async () => {},
  }
}

export async function throughMsw(): Promise<Transport> {
  const sandbox = createSandbox({ seed: 1 })
  const server = setupServer(...sandbox.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  // No baseUrl: the client calls the real sandbox host through the global fetch, which MSW answers.
  const checked = validating((request) => globalThis.fetch(request))
  return {
    api: createNpayClient({ ...credentials, fetch: checked.fetch }),
    problems: checked.problems,
    control: createControlPlaneClient({
      baseUrl: 'http://emulator.test',
      fetch: (r) => sandbox.app.request(r),
    }),
    close: async () => server.close(),
  }
}

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))

/**
 * Spawns `npay-sandbox start --port 0 --seed 1` (plus `args`) on 127.0.0.1; resolves with the process and
 * the origin its banner prints.
 */
export async function spawnCli(args: string[] = [], timeoutMs = 20_000) {
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', '--seed', '1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const origin = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), timeoutMs)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)))
  })
  return { child, origin }
}

/** Spawns `npay-sandbox start --port 0` on 127.0.0.1 and reads the URL it prints. */
export async function spawnedServer(): Promise<Transport> {
  const { child, origin } = await spawnCli()
  const checked = validating((request) => globalThis.fetch(request))
  return {
    api: createNpayClient({ ...credentials, baseUrl: `${origin}/npay/partner`, fetch: checked.fetch }),
    control: createControlPlaneClient({ baseUrl: origin }),
    problems: checked.problems,
    close: () => stop(child),
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
