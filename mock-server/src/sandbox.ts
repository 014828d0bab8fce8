/** `createSandbox`: the engine, the app, MSW handlers and a TCP server in one object. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { apiOf, createEngine, type Engine, type EngineOptions } from '@npay-sandbox/engine'
import { API_PROFILE_HOSTS, API_PROFILES, type ApiProfile } from '@npay-sandbox/protocol'
import type { Hono } from 'hono'
import { type AppOptions, createApp } from './app.ts'
import type { AppEnv } from './env.ts'
import { bindRefusal } from './middleware/bind-check.ts'
import { overTcp } from './middleware/faults-inject.ts'
import { npayHandlers } from './msw.ts'
import { reachableOrigin } from './reachable-origin.ts'
import { closeStateFile, loadStateFile, type StateSync } from './state-file.ts'
import { useAppTenantState } from './tenant-state.ts'

export interface SandboxOptions extends EngineOptions, AppOptions {
  /**
   * Let `listen` bind a non-loopback address although there is no `adminToken` (default false: it refuses,
   * since anyone on the network could then reset the sandbox and read merchant secrets).
   */
  insecureNoAdminToken?: boolean
  /**
   * When a change to `stateFile` is on disk: `full` (default) flushes SQLite's WAL before each response,
   * so an acknowledged change survives power loss; `normal` survives a killed process, not an OS crash.
   */
  stateSync?: StateSync
}

export interface ListeningSandbox {
  /** `http://HOST:PORT`, with loopback for HOST when the server listens on every interface. */
  origin: string
  /**
   * The base URL integrators configure for the default merchant's API: `http://HOST:PORT/npay/partner`
   * (Npay mall API) or `http://HOST:PORT/external` (Commerce API).
   */
  baseUrl: string
  /** The base URL of each API, whichever the default merchant speaks. */
  baseUrls: Record<ApiProfile, string>
  port: number
  /** Whether the host was an unspecified address (`0.0.0.0`, `::`): reachable from other machines too. */
  allInterfaces: boolean
}

export interface Sandbox {
  engine: Engine
  app: Hono<AppEnv>
  /** MSW handlers for the real sandbox and production hosts. */
  handlers: ReturnType<typeof npayHandlers>
  listen(options?: { port?: number; host?: string }): Promise<ListeningSandbox>
  close(): Promise<void>
}

/**
 * Creates an emulator: engine, Hono app, MSW handlers and a server that listens on demand.
 * @example
 * const sandbox = createSandbox({ seed: 1 })
 * const { baseUrl } = await sandbox.listen({ port: 0 })
 * // … point your client at baseUrl …
 * await sandbox.close()
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const engine = createEngine(options)
  // Before loading, so the file's faults, lint and rate-limit buckets are checked like the rest.
  useAppTenantState(engine)
  if (options.stateFile) loadStateFile(engine, options.stateFile, options.stateSync)
  // The address `listen` binds joins the names the control plane answers (middleware/host-check.ts).
  const allowedHosts = [...(options.allowedHosts ?? [])]
  const app = createApp(engine, { ...options, allowedHosts })
  let server: ReturnType<typeof serve> | undefined
  let handlers: ReturnType<typeof npayHandlers> | undefined
  const sandbox: Sandbox = {
    engine,
    app,
    get handlers() {
      handlers ??= npayHandlers(sandbox)
      return handlers
    },
    listen({ port = 8787, host = '127.0.0.1' } = {}) {
      return new Promise((resolve, reject) => {
        const refusal = bindRefusal(host, options)
        if (refusal) return reject(new Error(refusal))
        allowedHosts.push(host.replace(/^\[(.*)\]$/, '$1').toLowerCase())
        server = serve({ fetch: overTcp(app.fetch), port, hostname: host }, (info: AddressInfo) => {
          const { origin, allInterfaces } = reachableOrigin(host, info.port)
          const baseUrls = Object.fromEntries(
            API_PROFILES.map((api) => [api, origin + API_PROFILE_HOSTS[api].basePath]),
          ) as Record<ApiProfile, string>
          const baseUrl = baseUrls[apiOf(engine.defaultMerchant)]
          resolve({ origin, baseUrl, baseUrls, port: info.port, allInterfaces })
        })
        server.once('error', reject)
      })
    },
    close() {
      return new Promise((resolve, reject) => {
        if (options.stateFile) closeStateFile(engine)
        if (!server) return resolve()
        const s = server
        server = undefined
        s.close((error) => (error ? reject(error) : resolve()))
        ;(s as { closeAllConnections?: () => void }).closeAllConnections?.()
      })
    },
  }
  return sandbox
}
