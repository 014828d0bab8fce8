/**
 * Which response fields are enums, read from the OpenAPI document: the drift report compares values only
 * there (a product name or an amount differs between any two runs; a claim status must not), and names
 * values the document does not know. Open string fields marked `x-npay-enum` count as enums too.
 */
import { npayApiDocument } from '@npay-sandbox/schema'
import { isRecord } from '../internal/json.ts'

type Schema = Record<string, unknown>

const document = npayApiDocument as unknown as Schema
const cache = new Map<string, readonly string[] | null>()

function deref(schema: unknown): Schema | undefined {
  let node = schema
  for (let hops = 0; isRecord(node) && typeof node.$ref === 'string' && hops < 20; hops++) {
    node = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>(
        (acc, key) => (isRecord(acc) ? acc[key.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined),
        document,
      )
  }
  return isRecord(node) ? node : undefined
}

function responseSchema(operationId: string, status: number): Schema | undefined {
  for (const item of Object.values((document.paths ?? {}) as Record<string, Schema>)) {
    for (const op of Object.values(item)) {
      if (!isRecord(op) || op.operationId !== operationId) continue
      const responses = (op.responses ?? {}) as Record<string, unknown>
      const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses)
      const response = key ? deref(responses[key]) : undefined
      const content = response?.content as Record<string, Schema> | undefined
      return deref(content?.['application/json']?.schema)
    }
  }
  return undefined
}

/** The sub-schemas a property or item can come from (through allOf/oneOf/anyOf). */
function children(schema: Schema, segment: string): Schema[] {
  const out: Schema[] = []
  const properties = schema.properties as Record<string, unknown> | undefined
  const next = segment === '[]' ? schema.items : properties?.[segment]
  const resolved = deref(next)
  if (resolved) out.push(resolved)
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const part of (schema[key] as unknown[] | undefined) ?? []) {
      const sub = deref(part)
      if (sub) out.push(...children(sub, segment))
    }
  }
  return out
}

function enumOf(schema: Schema): readonly string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v): v is string => typeof v === 'string')
  if (typeof schema['x-npay-enum'] === 'string') {
    const named = deref({ $ref: `#/components/schemas/${schema['x-npay-enum']}` })
    return named ? enumOf(named) : undefined
  }
  return undefined
}

/**
 * The allowed values at a generic path (`data/lastChangeStatuses/[]/claimStatus`) of an operation's
 * response, or undefined when the field is not an enum.
 * @example documentEnum('getLastChangedStatuses', 200, 'data/lastChangeStatuses/[]/claimStatus') // ['CANCEL_REQUEST', …]
 */
export function documentEnum(
  operationId: string,
  status: number,
  path: string,
): readonly string[] | undefined {
  const key = `${operationId} ${status} ${path}`
  if (!cache.has(key)) {
    let candidates = [responseSchema(operationId, status)].filter((s): s is Schema => s !== undefined)
    for (const segment of path.split('/').filter(Boolean))
      candidates = candidates.flatMap((s) => children(s, segment))
    const found = candidates.map(enumOf).find((values) => values !== undefined)
    cache.set(key, found ?? null)
  }
  return cache.get(key) ?? undefined
}
