/**
 * The one read of a request body. The gateway reads it before anything else looks at it and keeps
 * it in `c.var.requestBody`: the lint, the handler and the journal all use that copy, so no stream
 * is read twice and no JSON is parsed twice.
 */
import type { Context } from 'hono'
import type { AppEnv, RequestBody } from '../env.ts'

/** How an operation reads its body. */
export type BodyReading = 'text' | 'json' | 'form'

export type { RequestBody }

/**
 * Reads the body once as `reading` and keeps it in `c.var.requestBody`; GET requests have none.
 * A blank JSON body is `{ kind: 'json', value: undefined }`; a JSON text sent to the token endpoint is
 * an empty form (its fields are looked for in the query string then), as on the real endpoint.
 * @example const body = await readBody(c, 'GET', 'json') // undefined
 */
export async function readBody(
  c: Context<AppEnv>,
  method: string,
  reading: BodyReading,
): Promise<RequestBody | undefined> {
  if (method === 'GET') return undefined
  const text = await c.req.text()
  const body = parse(text, reading)
  c.set('requestBody', body)
  return body
}

function parse(text: string, reading: BodyReading): RequestBody {
  if (reading === 'form')
    return { text, kind: 'form', form: new URLSearchParams(text.trim().startsWith('{') ? '' : text) }
  if (reading !== 'json') return { text, kind: 'text' }
  if (text.trim() === '') return { text, kind: 'json', value: undefined }
  try {
    return { text, kind: 'json', value: JSON.parse(text) }
  } catch {
    return { text, kind: 'invalid-json' }
  }
}
