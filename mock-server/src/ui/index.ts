/**
 * The QA dashboard at `/__sandbox/ui`: static HTML, CSS and browser ES modules from ./static, served as
 * they are (no build step for the page). `pnpm gen` embeds them into ./generated/assets.ts, so the built
 * package and the single executable serve them without files on disk; edit ./static, then run `pnpm gen`. The page talks to the control plane and, for merchant actions, to the real
 * API paths, so what a QA engineer clicks lands in the journal like any integrator's call.
 */
import type { Hono, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

export const DASHBOARD_PATH = '/__sandbox/ui'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** Same-origin only: the page must never reach a CDN or any other host. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
}

interface Asset {
  body: string
  type: string
}

let assets: Promise<Map<string, Asset>> | undefined

/** Every servable file, keyed by its URL path below the dashboard; nothing outside the list is served. */
async function loadAssets(): Promise<Map<string, Asset>> {
  // Loaded on the first dashboard request: the API alone never pays for ~100 KB of page text.
  const { DASHBOARD_FILES } = await import('./generated/assets.ts')
  const out = new Map<string, Asset>()
  for (const [key, body] of DASHBOARD_FILES) {
    const type = CONTENT_TYPES[key.slice(key.lastIndexOf('.'))]
    if (type) out.set(key, { body, type })
  }
  return out
}

/**
 * Mounts the dashboard on the app. `hostCheck` guards every file against DNS rebinding; the files hold no
 * data, so they need no admin token: the page asks for it (views/login.js) when the control plane does.
 * @example dashboard(app) // then open http://127.0.0.1:8787/__sandbox/ui
 */
export function dashboard(
  app: Hono<AppEnv>,
  hostCheck: MiddlewareHandler<AppEnv> = async (_c, next) => next(),
) {
  const serve = async (key: string) => {
    assets ??= loadAssets()
    const asset = (await assets).get(key)
    if (!asset) return undefined
    return new Response(asset.body, { headers: { 'Content-Type': asset.type, ...SECURITY_HEADERS } })
  }
  app.get(DASHBOARD_PATH, hostCheck, async (c) => (await serve('index.html')) ?? c.notFound())
  app.get(`${DASHBOARD_PATH}/`, hostCheck, async (c) => (await serve('index.html')) ?? c.notFound())
  app.get(`${DASHBOARD_PATH}/assets/*`, hostCheck, async (c) => {
    const key = new URL(c.req.url).pathname.slice(`${DASHBOARD_PATH}/assets/`.length)
    return (await serve(key)) ?? c.notFound()
  })
}
