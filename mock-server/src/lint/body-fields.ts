/**
 * Lint of request bodies against the OpenAPI request schema: fields the real API does not know. The
 * real services ignore them silently, so a misspelt field is lost without an error (facts §7).
 */
import { npayApiDocument } from '@npay-sandbox/schema'
import type { LintNote } from './findings.ts'

type Json = Record<string, unknown>

const doc = npayApiDocument as unknown as Json
const MAX_DEPTH = 8
const MAX_REPORTED = 10

function resolve(node: unknown): Json | undefined {
  let current = node as Json | undefined
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    const pointer = (current.$ref as string).replace(/^#\//, '').split('/')
    current = pointer.reduce<Json | undefined>((acc, key) => acc?.[key] as Json | undefined, doc)
  }
  return current
}

const schemas = new Map<string, Json | undefined>()

/** The JSON request-body schema of an operation, if it has one. */
function bodySchema(operationId: string): Json | undefined {
  if (!schemas.has(operationId)) schemas.set(operationId, findBodySchema(operationId))
  return schemas.get(operationId)
}

function findBodySchema(operationId: string): Json | undefined {
  for (const item of Object.values(doc.paths as Record<string, Json>)) {
    for (const op of Object.values(item) as Json[]) {
      if (op?.operationId !== operationId) continue
      const body = resolve(op.requestBody)
      return resolve((body?.content as Record<string, Json> | undefined)?.['application/json']?.schema)
    }
  }
  return undefined
}

/** Properties an object schema declares, through allOf/oneOf/anyOf; undefined when any name goes. */
function declared(schema: Json): Map<string, Json> | undefined {
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return undefined
  const out = new Map<string, Json>()
  for (const [name, sub] of Object.entries((schema.properties as Record<string, Json>) ?? {}))
    out.set(name, sub)
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    for (const branch of (schema[key] as unknown[]) ?? []) {
      const resolved = resolve(branch)
      const more = resolved && declared(resolved)
      if (resolved && !more && resolved.properties === undefined && resolved.type === 'object')
        return undefined
      for (const [name, sub] of more ?? []) out.set(name, sub)
    }
  }
  return out
}

function walk(schema: Json | undefined, value: unknown, at: string, depth: number, found: string[]) {
  if (!schema || depth > MAX_DEPTH || found.length >= MAX_REPORTED) return
  if (Array.isArray(value)) {
    const items = resolve(schema.items)
    for (const [i, v] of value.slice(0, 50).entries()) walk(items, v, `${at}[${i}]`, depth + 1, found)
    return
  }
  if (!value || typeof value !== 'object') return
  const props = declared(schema)
  if (!props || props.size === 0) return
  for (const [name, v] of Object.entries(value)) {
    const path = at ? `${at}.${name}` : name
    const sub = props.get(name)
    if (!sub) {
      const near = nearest(name, [...props.keys()])
      const shown = path.length > 100 ? `${path.slice(0, 100)}…` : path
      found.push(near ? `${shown} (did you mean ${near}?)` : shown)
      if (found.length >= MAX_REPORTED) return
    } else walk(resolve(sub), v, path, depth + 1, found)
  }
}

/** Same name up to case, or one a shortening of the other (`deliveryCompany` for `deliveryCompanyCode`). */
const close = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)))

/** The declared name a few edits from a misspelling, if any (a case difference or shortening counts as one). */
function nearest(name: string, names: string[]): string | undefined {
  if (name.length > 64) return undefined
  const distance = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      const next = [i]
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      row = next
    }
    return row[b.length]!
  }
  const best = names
    .map((n) => ({ n, d: close(n.toLowerCase(), name.toLowerCase()) ? 1 : distance(name, n) }))
    .sort((x, y) => x.d - y.d)[0]
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? best.n : undefined
}

/**
 * Unknown fields of a JSON body for an operation.
 * @example unknownBodyFields('requestCancel', { cancelReson: 'SOLD_OUT' })?.message // 'unknown field(s) … cancelReson (did you mean cancelReason?)'
 */
export function unknownBodyFields(operationId: string, body: unknown): LintNote | undefined {
  const found: string[] = []
  walk(bodySchema(operationId), body, '', 0, found)
  if (found.length === 0) return undefined
  return {
    rule: 'unknown-body-fields',
    message: `unknown field(s) in the ${operationId} body: ${found.join(', ')}`,
    advice:
      'Remove or rename these fields: the real API ignores fields it does not know without an error, so a misspelt one is silently lost. Compare with the request schema in the OpenAPI document.',
  }
}
