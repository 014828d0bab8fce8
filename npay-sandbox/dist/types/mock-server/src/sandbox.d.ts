import type { Hono } from 'hono'
import { type Engine, type EngineOptions } from '../../packages/engine/src/index.js'
import { type AppOptions } from './app.js'
import type { AppEnv } from './env.js'
import { npayHandlers } from './msw.js'
export interface SandboxOptions extends EngineOptions, AppOptions {}
export interface ListeningSandbox {
  /** `http://HOST:PORT` */
  origin: string
  /** `http://HOST:PORT/npay/partner`, the base URL integrators configure. */
  baseUrl: string
  port: number
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
export declare function createSandbox(options?: SandboxOptions): Sandbox
