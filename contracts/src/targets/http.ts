/**
 * The `http` target: an emulator spawned as its own process (`npay-sandbox start --port 0` on
 * 127.0.0.1), called over real TCP, exactly as an integrator's service would call it. The process gets an
 * admin token of its own (through `NPAY_SANDBOX_ADMIN_TOKEN`, never on its command line), so the suites
 * also prove that a protected control plane serves its token holder and the API paths need none.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createControlPlaneClient, withAdminToken } from '@npay-sandbox/client'
import type { ApiProfile } from '@npay-sandbox/protocol'
import type { FetchLike } from '../exchange/record-exchange.ts'
import { emulatorBaseUrl, profileTitle } from '../profiles.ts'
import type { Target } from './types.ts'

const STARTUP_TIMEOUT_MS = 20_000
const SHUTDOWN_GRACE_MS = 5_000
const BASE_URL_LINE = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/

/**
 * The emulator's CLI in the workspace, found through the mock-server package rather than a relative path.
 * The `npay-sandbox` package passes its own entry instead (or the single executable itself).
 * @example workspaceEmulatorCommand() // [process.execPath, '/…/mock-server/bin/npay-sandbox.mjs']
 */
export function workspaceEmulatorCommand(): string[] {
  const entry = createRequire(import.meta.url).resolve('@npay-sandbox/mock-server')
  return [process.execPath, fileURLToPath(new URL('../bin/npay-sandbox.mjs', pathToFileURL(entry)))]
}

/**
 * Spawns an emulator on a free port of 127.0.0.1 and creates the `http` target over it. With
 * `api: 'commerce'` every case's merchant is a Commerce API app, called at `/external`.
 * @example
 * const target = await createHttpTarget()
 * try { await runContracts({ target }) } finally { await target.close() }
 * const commerce = await createHttpTarget(undefined, { api: 'commerce' })
 */
export async function createHttpTarget(
  command: readonly string[] = workspaceEmulatorCommand(),
  options: { api?: ApiProfile } = {},
): Promise<Target> {
  const api = options.api ?? 'npay'
  const [program, ...args] = command
  if (!program) throw new TypeError('the emulator command is empty')
  const adminToken = randomBytes(24).toString('base64url')
  const child = spawn(program, [...args, 'start', '--port', '0', '--host', '127.0.0.1', '--seed', '1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NPAY_SANDBOX_ADMIN_TOKEN: adminToken },
  })
  let origin: string
  try {
    origin = await startedAt(child)
  } catch (error) {
    await stop(child)
    throw error
  }
  // Suites that reach /__sandbox through the target's fetch are the admin too; API calls keep their tokens.
  const viaGlobal: FetchLike = withAdminToken((request) => globalThis.fetch(request), origin, adminToken)
  return {
    name: 'http',
    api,
    description: `an emulator process at ${origin}, over TCP (${profileTitle(api)})`,
    baseUrl: emulatorBaseUrl(origin, api),
    fetch: viaGlobal,
    control: createControlPlaneClient({ baseUrl: origin, fetch: viaGlobal, adminToken }),
    allowMutations: true,
    close: () => stop(child),
  }
}

function startedAt(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`the emulator did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`)),
      STARTUP_TIMEOUT_MS,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = BASE_URL_LINE.exec(output)
      if (!match?.[1]) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      // Keep draining so a chatty emulator never blocks on a full pipe.
      child.stdout?.resume()
      resolve(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the emulator exited with ${code} before listening:\n${output}`))
    })
  })
}

/**
 * Ends a child process: SIGTERM, then SIGKILL if it lingers.
 * @example await stop(child)
 */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_GRACE_MS)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
