// Read-only helpers to look things up in an OpenAPI document: follow local $refs, list the property
// names a schema can contain, follow a dotted key path, find the enum values a property accepts.

/** A JSON object of unknown shape. */
export type Json = { readonly [key: string]: unknown }

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Resolves a local JSON pointer such as `#/components/schemas/Order`.
 * @example
 * resolvePointer(doc, '#/components/schemas/Order')
 */
export const resolvePointer = (doc: Json, ref: string): unknown => {
  if (!ref.startsWith('#/')) return undefined
  let node: unknown = doc
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (!isObject(node)) return undefined
    node = node[key]
  }
  return node
}

/** Follows $ref chains until a concrete schema object. */
export const deref = (doc: Json, node: unknown, seen = new Set<string>()): Json | undefined => {
  if (!isObject(node)) return undefined
  const ref = node.$ref
  if (typeof ref !== 'string') return node
  if (seen.has(ref)) return undefined
  seen.add(ref)
  return deref(doc, resolvePointer(doc, ref), seen)
}

/** The alternatives a schema stands for: itself plus its anyOf/oneOf/allOf branches, dereferenced. */
const branches = (doc: Json, node: unknown): Json[] => {
  const schema = deref(doc, node)
  if (!schema) return []
  const out = [schema]
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key]
    if (Array.isArray(list)) out.push(...list.flatMap((b) => branches(doc, b)))
  }
  return out
}

/** Properties reachable at this level (through composition and array items). */
const childProperties = (doc: Json, node: unknown): Map<string, unknown[]> => {
  const out = new Map<string, unknown[]>()
  for (const schema of branches(doc, node)) {
    if (schema.items !== undefined) {
      for (const [name, subs] of childProperties(doc, schema.items))
        out.set(name, [...(out.get(name) ?? []), ...subs])
    }
    if (isObject(schema.properties)) {
      for (const [name, sub] of Object.entries(schema.properties))
        out.set(name, [...(out.get(name) ?? []), sub])
    }
  }
  return out
}

/**
 * Every property name found anywhere below a schema, with the schemas declared for it.
 * @example
 * deepProperties(doc, { $ref: '#/components/schemas/ProductOrderDetail' }).has('productOrderStatus') // true
 */
export const deepProperties = (doc: Json, root: unknown): Map<string, unknown[]> => {
  const found = new Map<string, unknown[]>()
  const visited = new Set<unknown>()
  const visit = (node: unknown) => {
    for (const schema of branches(doc, node)) {
      if (visited.has(schema)) continue
      visited.add(schema)
      for (const [name, subs] of childProperties(doc, schema)) {
        found.set(name, [...(found.get(name) ?? []), ...subs])
        subs.forEach(visit)
      }
    }
  }
  visit(root)
  return found
}

/**
 * Every property name that some schema below `root` (including `root`) lists as required.
 * @example
 * requiredBelow(doc, { $ref: '#/components/schemas/SettleCase' }).has('paySettleAmount') // true
 */
export const requiredBelow = (doc: Json, root: unknown): Set<string> => {
  const names = new Set<string>()
  const collect = (node: unknown) => {
    for (const schema of branches(doc, node)) {
      if (Array.isArray(schema.required)) for (const n of schema.required) names.add(String(n))
    }
  }
  collect(root)
  for (const subs of deepProperties(doc, root).values()) subs.forEach(collect)
  return names
}

/**
 * Whether a dotted key path (arrays transparent) exists below a schema.
 * @example
 * hasKeyPath(doc, responseSchema, 'data.lastChangeStatuses.orderId') // true
 */
export const hasKeyPath = (doc: Json, root: unknown, path: string): boolean => {
  let level: unknown[] = [root]
  for (const key of path.split('.')) {
    level = level.flatMap((node) => childProperties(doc, node).get(key) ?? [])
    if (level.length === 0) return false
  }
  return true
}

/**
 * Enum values a schema accepts: its own `enum` or `const`, those of array items and composition
 * branches, and those of a component named by `x-npay-enum` (fields typed as open strings on purpose).
 * @example
 * enumValues(doc, { $ref: '#/components/schemas/TaxType' }) // ['TAXATION', 'TAX_EXEMPTION', 'TAX_FREE']
 */
export const enumValues = (doc: Json, node: unknown): string[] => {
  const out: string[] = []
  for (const schema of branches(doc, node)) {
    if (Array.isArray(schema.enum)) out.push(...schema.enum.map(String))
    if (schema.const !== undefined) out.push(String(schema.const))
    if (typeof schema['x-npay-enum'] === 'string') {
      out.push(...enumValues(doc, { $ref: `#/components/schemas/${schema['x-npay-enum']}` }))
    }
    if (schema.items !== undefined) out.push(...enumValues(doc, schema.items))
  }
  return out
}
