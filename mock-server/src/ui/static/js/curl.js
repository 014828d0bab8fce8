// Copy-as-curl for a journal entry: the same method, path, query, content type and body, against this server.

const quote = (text) => `'${String(text).replace(/'/g, `'\\''`)}'`

/**
 * A shell command that sends the journalled request again. The journal hides tokens, so an Authorization
 * header becomes `Bearer $TOKEN`.
 * @param {{ method: string, path: string, request: { headers: Record<string, string>, query: Record<string, string>, body?: unknown } }} entry
 */
export function curlOf(entry, origin = location.origin) {
  const qs = new URLSearchParams(entry.request.query ?? {})
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
