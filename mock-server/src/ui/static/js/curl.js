// @ts-check
// Copy-as-curl for a journal entry: the same method, path, query, content type and body, against this server.
/** @import { Schemas } from '../../dashboard.js' */

/** @param {unknown} text */
const quote = (text) => `'${String(text).replace(/'/g, `'\\''`)}'`

/**
 * A shell command that sends the journalled request again. The journal hides tokens, so an Authorization
 * header becomes `Bearer $TOKEN`.
 * @param {Pick<Schemas['RequestDetail'], 'method' | 'path' | 'request'>} entry
 * @param {string} [origin]
 */
export function curlOf(entry, origin = location.origin) {
  const qs = new URLSearchParams()
  // A repeated parameter (`?productOrderIds=1&productOrderIds=2`) is journalled as an array: one pair each.
  for (const [name, value] of Object.entries(entry.request.query ?? {}))
    for (const one of Array.isArray(value) ? value : [value]) qs.append(name, one)
  const url = `${origin}${entry.path}${qs.size ? `?${qs}` : ''}`
  const parts = ['curl', '-X', entry.method, quote(url)]
  const headers = entry.request.headers ?? {}
  if (headers['content-type']) parts.push('-H', quote(`Content-Type: ${headers['content-type']}`))
  if (headers.authorization) parts.push('-H', '"Authorization: Bearer $TOKEN"')
  const body = entry.request.body
  if (body !== undefined && body !== '') {
    parts.push('--data-raw', quote(typeof body === 'string' ? body : JSON.stringify(body)))
  }
  return parts.join(' ')
}
