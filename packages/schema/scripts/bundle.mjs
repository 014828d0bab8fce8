// Inlines cross-file schema refs (`./other.yaml#/components/schemas/Name`) so every generated document is
// self-contained: validators and openapi-typescript then see only local `#/components/schemas/...` refs.

const EXTERNAL_SCHEMA_REF = /^\.\/([\w.-]+\.yaml)#\/components\/schemas\/([\w.-]+)$/
const LOCAL_SCHEMA_REF = /^#\/components\/schemas\/([\w.-]+)$/

const mapRefs = (node, fn) => {
  if (Array.isArray(node)) return node.map((v) => mapRefs(v, fn))
  if (node === null || typeof node !== 'object') return node
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' ? fn(value) : mapRefs(value, fn)
  }
  return out
}

/**
 * Returns a copy of `doc` whose external schema refs point at local copies of the referenced schemas
 * (and of everything those schemas reference in turn), appended to `components.schemas`.
 * @param {object} doc parsed OpenAPI document
 * @param {(file: string) => object} loadDoc returns the parsed document a ref points into
 */
export const bundleExternalRefs = (doc, loadDoc) => {
  const wanted = []
  const rewritten = mapRefs(doc, (ref) => {
    const m = EXTERNAL_SCHEMA_REF.exec(ref)
    if (!m) return ref
    wanted.push([m[1], m[2]])
    return `#/components/schemas/${m[2]}`
  })
  if (wanted.length === 0) return doc

  const own = rewritten.components?.schemas ?? {}
  const imported = {}
  const queue = [...wanted]
  while (queue.length > 0) {
    const [file, name] = queue.shift()
    if (name in imported) continue
    if (name in own)
      throw new Error(`schema ${name} from ${file} clashes with a local schema of the same name`)
    const schema = loadDoc(file).components?.schemas?.[name]
    if (!schema) throw new Error(`${file} has no components.schemas.${name}`)
    imported[name] = mapRefs(schema, (ref) => {
      const local = LOCAL_SCHEMA_REF.exec(ref)
      if (local) queue.push([file, local[1]])
      return ref
    })
  }
  const sorted = Object.fromEntries(
    Object.keys(imported)
      .sort()
      .map((k) => [k, imported[k]]),
  )
  return {
    ...rewritten,
    components: { ...rewritten.components, schemas: { ...own, ...sorted } },
  }
}
