/** `POST {base}/v1/oauth2/token`: parameters from the form body or the query string (facts §3.2). */
import type { Engine } from '@npay-sandbox/engine'
import { TOKEN_PATH } from '@npay-sandbox/protocol'
import type { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { json } from '../respond.ts'

const FIELDS = ['client_id', 'timestamp', 'grant_type', 'client_secret_sign', 'type', 'account_id'] as const

export function tokenRoute(app: Hono<AppEnv>, base: string, engine: Engine) {
  app.post(base + TOKEN_PATH, async (c) => {
    const url = new URL(c.req.url)
    const text = await c.req.text()
    const form = new URLSearchParams(text.trim().startsWith('{') ? '' : text)
    const params: Record<string, string | undefined> = {}
    for (const name of FIELDS) params[name] = form.get(name) ?? url.searchParams.get(name) ?? undefined
    if (params.client_id) c.set('tenant', engine.findTenant(params.client_id))
    const token = engine.issueToken(params)
    return json(c, token, 200)
  })
}
