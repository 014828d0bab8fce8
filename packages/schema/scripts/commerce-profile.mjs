// Builds the Commerce API document from the bundled mall document and openapi/profiles/commerce-api.yaml:
// the same operations and schemas at the seller paths, minus the mall-only operations, plus the
// seller-only ones. Pure: the input document is not changed.

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

const rewritePath = (path, rules) =>
  rules.reduce((p, rule) => p.replace(new RegExp(rule.from), rule.to), path)

/** Objects merge key by key; anything else (arrays included) replaces. */
const merge = (base, over) => {
  if (!isObject(base) || !isObject(over)) return structuredClone(over)
  const out = { ...base }
  for (const [key, value] of Object.entries(over))
    out[key] = key in base ? merge(base[key], value) : structuredClone(value)
  return out
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * @param {Record<string, any>} mall the bundled mall document
 * @param {Record<string, any>} profile the parsed profile file
 */
export function commerceDocument(mall, profile) {
  const doc = structuredClone(mall)
  doc.info = { ...doc.info, ...profile.info }
  doc.servers = profile.servers
  doc.tags = doc.tags.filter((tag) => !(profile.dropTags ?? []).includes(tag.name))
  const dropped = new Set(profile.dropOperations ?? [])
  const paths = {}
  for (const [path, item] of Object.entries(doc.paths)) {
    const kept = {}
    for (const [key, value] of Object.entries(item)) {
      if (HTTP_METHODS.includes(key)) {
        if (dropped.has(value.operationId)) continue
        if (profile.dropAliases) delete value['x-npay-sandbox-aliases']
      }
      kept[key] = value
    }
    if (Object.keys(kept).some((key) => HTTP_METHODS.includes(key)))
      paths[rewritePath(path, profile.pathRules)] = kept
  }
  for (const [path, item] of Object.entries(profile.paths ?? {})) {
    if (paths[path]) throw new Error(`commerce profile: ${path} already exists in the mall document`)
    paths[path] = structuredClone(item)
  }
  doc.paths = paths
  doc.components = merge(doc.components, profile.components ?? {})
  return doc
}
