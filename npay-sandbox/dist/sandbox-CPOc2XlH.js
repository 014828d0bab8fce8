import { createRequire } from 'node:module'
import { serve } from '@hono/node-server'
import { t as createApp, a as lintLogOf, n as loadStateFile, r as overTcp } from './app-CCQsJaIU.js'
import { b as BASE_PATH, S as PRODUCTION_BASE_URL, w as SANDBOX_BASE_URL } from './src-4qY9yS3t.js'
import { U as createEngine } from './src-D7jsN-Po.js'

//#region ../mock-server/src/lint/summary.ts
/**
 * Plain-text summary of every merchant's lint findings.
 * @example console.log(lintSummary(sandbox.engine)) // 'client lint: no findings'
 */
function lintSummary(engine) {
  const lines = []
  for (const merchant of engine.merchants()) {
    const tenant = engine.findTenant(merchant.clientId)
    const summary = tenant ? lintLogOf(tenant).summary() : []
    if (summary.length === 0) continue
    lines.push(`  ${merchant.clientId}`)
    for (const { rule, count, advice } of summary) lines.push(`    ${rule} ×${count}\n      ${advice}`)
  }
  if (lines.length === 0) return 'client lint: no findings'
  return `client lint: what the real gateway would penalise or what would break in production\n${lines.join('\n')}\n  (details: GET /__sandbox/lint?clientId=…)`
}
//#endregion
//#region ../mock-server/src/load-msw.ts
/**
 * Loads MSW on first use only: a server that never intercepts in-process starts ~300 ms faster, and `msw`
 * stays an optional peer dependency of the package. The single executable, which has no node_modules,
 * gets MSW bundled in place of this loader (npay-sandbox/scripts/sea.mjs).
 */
/**
 * @example const { http } = loadMsw()
 */
function loadMsw() {
  try {
    return createRequire(import.meta.url)('msw')
  } catch (error) {
    throw new Error('npay-sandbox: MSW handlers need the msw package; install it with `npm i -D msw`', {
      cause: error,
    })
  }
}
//#endregion
//#region ../mock-server/src/msw.ts
/**
 * MSW handlers that answer for the real hosts with the emulator, in-process: code that calls
 * `https://sandbox-api.pay.naver.com/npay/partner/...` gets the same responses as over HTTP.
 */
/**
 * @example
 * const sandbox = createSandbox()
 * const server = setupServer(...npayHandlers(sandbox))
 * server.listen({ onUnhandledRequest: 'error' })
 */
function npayHandlers(sandbox, baseUrls = [SANDBOX_BASE_URL, PRODUCTION_BASE_URL]) {
  const { http } = loadMsw()
  return baseUrls.map((base) => http.all(`${base}/*`, ({ request }) => sandbox.app.fetch(request)))
}
//#endregion
//#region ../mock-server/src/sandbox.ts
/**
 * Creates an emulator: engine, Hono app, MSW handlers and a server that listens on demand.
 * @example
 * const sandbox = createSandbox({ seed: 1 })
 * const { baseUrl } = await sandbox.listen({ port: 0 })
 * // … point your client at baseUrl …
 * await sandbox.close()
 */
function createSandbox(options = {}) {
  const engine = createEngine(options)
  if (options.stateFile) loadStateFile(engine, options.stateFile)
  const app = createApp(engine, options)
  let server
  let handlers
  const sandbox = {
    engine,
    app,
    get handlers() {
      handlers ??= npayHandlers(sandbox)
      return handlers
    },
    listen({ port = 8787, host = '127.0.0.1' } = {}) {
      return new Promise((resolve, reject) => {
        server = serve(
          {
            fetch: overTcp(app.fetch),
            port,
            hostname: host,
          },
          (info) => {
            const origin = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`
            resolve({
              origin,
              baseUrl: origin + BASE_PATH,
              port: info.port,
            })
          },
        )
        server.once('error', reject)
      })
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server) return resolve()
        const s = server
        server = void 0
        s.close((error) => (error ? reject(error) : resolve()))
        s.closeAllConnections?.()
      })
    },
  }
  return sandbox
}

//#endregion
export { createSandbox as t, lintSummary as r, npayHandlers as n }
