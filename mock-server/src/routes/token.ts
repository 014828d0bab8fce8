/** `POST {base}/v1/oauth2/token`: parameters from the form body or the query string (facts §3.2). */
import type { Engine } from '@npay-sandbox/engine'
import type { ApiHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/**
 * The token operation's handler; the registry has read the form and found the merchant app.
 * @example mountApi(app, engine, { ...tokenHandlers(engine), … }, gateway)
 */
export function tokenHandlers(engine: Engine) {
  return {
    issueToken: ({ params, api }, c) => json(c, engine.issueToken(params, api), 200),
  } satisfies ApiHandlers
}
