/**
 * The QA dashboard at `/__sandbox/ui`: static HTML, CSS and browser ES modules from ./static, served as
 * they are (no build step). The page talks to the control plane and, for merchant actions, to the real
 * API paths, so what a QA engineer clicks lands in the journal like any integrator's call.
 */
import { readdir, readFile } from 'node:fs/promises'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'
import type { AppEnv } from '../env.ts'

export const DASHBOARD_PATH = '/__sandbox/ui'

const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url))

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
  const out = new Map<string, Asset>()
  const entries = await readdir(STATIC_DIR, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const type = CONTENT_TYPES[extname(entry.name)]
    if (!type) continue
    const file = join(entry.parentPath, entry.name)
    const key = relative(STATIC_DIR, file).split(sep).join('/')
    out.set(key, { body: await readFile(file, 'utf8'), type })
  }
  return out
}

/**
 * Mounts the dashboard on the app.
 * @example dashboard(app) // then open http://127.0.0.1:8787/__sandbox/ui
 */
export function dashboard(app: Hono<AppEnv>) {
  const serve = async (key: string) => {
    assets ??= loadAssets()
    const asset = (await assets).get(key)
    if (!asset) return undefined
    return new Response(asset.body, { headers: { 'Content-Type': asset.type, ...SECURITY_HEADERS } })
  }
  app.get(DASHBOARD_PATH, async (c) => (await serve('index.html')) ?? c.notFound())
  app.get(`${DASHBOARD_PATH}/`, async (c) => (await serve('index.html')) ?? c.notFound())
  app.get(`${DASHBOARD_PATH}/assets/*`, async (c) => {
    const key = new URL(c.req.url).pathname.slice(`${DASHBOARD_PATH}/assets/`.length)
    return (await serve(key)) ?? c.notFound()
  })
}
