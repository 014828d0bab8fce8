// Compares one official docs page with the operation at its twin in one of our documents and reports
// every documented name that document lacks. The twin's path comes from path rules: the mall document's
// (seller → mall, fidelity/known-differences.json), or none for the Commerce profile, which serves the
// documented paths themselves.
import { type EndpointDoc, keyPaths } from './parse-endpoint-doc.ts'
import { deepProperties, deref, enumValues, hasKeyPath, type Json, requiredBelow } from './schema-walk.ts'

/** Kinds of difference the check can report. */
export type FindingKind =
  | 'missing-operation'
  | 'missing-parameter'
  | 'parameter-required'
  | 'parameter-optional'
  | 'missing-body-field'
  | 'missing-body-path'
  | 'missing-response-field'
  | 'missing-response-path'
  | 'not-nullable'
  | 'response-required'
  | 'missing-enum'
  | 'missing-enum-value'

/** One documented thing our document does not match. */
export interface Finding {
  /** `METHOD /documented/seller/path`. */
  readonly endpoint: string
  /** The path checked in our document (the documented path itself when there are no path rules). */
  readonly mallPath: string
  readonly kind: FindingKind
  /** Field, parameter or key path; for enums `field <enumType>`; `*` for a whole operation. */
  readonly name: string
  readonly detail: string
}

/** One rewrite from a documented seller path to its mall twin (see fidelity/known-differences.json). */
export interface PathRule {
  readonly from: string
  readonly to: string
}

/**
 * The mall twin of a documented seller path, after applying every rule in order.
 * @example
 * mallPathOf('/v1/pay-settle/vat/daily', [{ from: '^/v1/pay-settle/', to: '/v1/pay-settle-mall/' }])
 * // '/v1/pay-settle-mall/vat/daily'
 */
export const mallPathOf = (sellerPath: string, rules: readonly PathRule[]): string =>
  rules.reduce((path, rule) => path.replace(new RegExp(rule.from), rule.to), sellerPath)

const acceptsNull = (doc: Json, schema: unknown): boolean => {
  const s = deref(doc, schema)
  if (!s) return false
  if (s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'))) return true
  const alts = [...((s.anyOf as unknown[]) ?? []), ...((s.oneOf as unknown[]) ?? [])]
  return alts.some((a) => acceptsNull(doc, a))
}

const jsonContent = (doc: Json, node: unknown): unknown => {
  const content = deref(doc, node)?.content as Json | undefined
  if (!content) return undefined
  return (
    (content['application/json'] as Json | undefined)?.schema ??
    (content['application/x-www-form-urlencoded'] as Json | undefined)?.schema
  )
}

/**
 * Checks one parsed docs page against our document.
 * @example
 * checkEndpoint(npayApiDocument, parseEndpointDoc(markdown), knownDifferences.pathRules)
 */
export const checkEndpoint = (doc: Json, page: EndpointDoc, rules: readonly PathRule[]): Finding[] => {
  const endpoint = `${page.method} ${page.path}`
  const mallPath = mallPathOf(page.path, rules)
  const findings: Finding[] = []
  const report = (kind: FindingKind, name: string, detail: string) =>
    findings.push({ endpoint, mallPath, kind, name, detail })

  const op = ((doc.paths as Json)[mallPath] as Json | undefined)?.[page.method.toLowerCase()] as
    | Json
    | undefined
  if (!op) {
    report('missing-operation', '*', `no ${page.method} ${mallPath} in our document`)
    return findings
  }

  const params = ((op.parameters as unknown[]) ?? []).map((p) => deref(doc, p) ?? {})
  const body = jsonContent(doc, op.requestBody)
  const bodySchema = deref(doc, body)
  const ok = jsonContent(doc, (op.responses as Json)['200'])
  const requestProps = deepProperties(doc, body)
  const responseProps = deepProperties(doc, ok)
  const responseRequired = requiredBelow(doc, ok)
  const documentedRequired = new Set(page.fields.filter((f) => f.required).map((f) => f.name))

  for (const f of page.fields) {
    if (f.location === 'path' || f.location === 'query') {
      const p = params.find((x) => x.name === f.name && x.in === f.location)
      if (!p) report('missing-parameter', f.name, `${f.location} parameter ${f.name} (${f.type})`)
      else if (f.required && p.required !== true)
        report('parameter-optional', f.name, 'documented as required')
      else if (!f.required && p.required === true && f.location === 'query')
        report('parameter-required', f.name, 'documented as optional')
    } else if (f.location === 'body') {
      if (!requestProps.has(f.name)) report('missing-body-field', f.name, `body field ${f.name} (${f.type})`)
      const topRequired = (bodySchema?.required as string[] | undefined) ?? []
      const isTop = f.name in ((bodySchema?.properties as Json | undefined) ?? {})
      if (isTop && f.required && !topRequired.includes(f.name))
        report('parameter-optional', f.name, 'body field documented as required')
      if (isTop && !f.required && topRequired.includes(f.name))
        report('parameter-required', f.name, 'body field documented as optional')
    } else {
      const ours = responseProps.get(f.name)
      if (!ours) report('missing-response-field', f.name, `response field ${f.name} (${f.type})`)
      else if (f.nullable && !ours.some((s) => acceptsNull(doc, s)))
        report('not-nullable', f.name, 'documented as nullable')
      // Order responses omit absent fields, so requiring one the docs leave optional would reject real bodies.
      if (!documentedRequired.has(f.name) && responseRequired.has(f.name))
        report('response-required', f.name, 'required by us, optional in the docs')
    }
  }

  for (const path of new Set(keyPaths(page.requestExample))) {
    if (!hasKeyPath(doc, body, path)) report('missing-body-path', path, 'key path of the request example')
  }
  for (const path of new Set(keyPaths(page.responseExample))) {
    if (!hasKeyPath(doc, ok, path)) report('missing-response-path', path, 'key path of the response example')
  }

  for (const e of page.enums) {
    const name = `${e.field} <${e.enumType ?? 'inline'}>`
    const candidates =
      e.location === 'response'
        ? (responseProps.get(e.field) ?? [])
        : e.location === 'body'
          ? (requestProps.get(e.field) ?? [])
          : params.filter((p) => p.name === e.field).map((p) => p.schema)
    const accepted = new Set(candidates.flatMap((s) => enumValues(doc, s)))
    if (candidates.length === 0) continue // the missing field itself is already reported
    if (accepted.size === 0) {
      report('missing-enum', name, `documented values ${e.values.join(', ')} are not an enum in our document`)
      continue
    }
    const missing = e.values.filter((v) => !accepted.has(v))
    if (missing.length > 0) report('missing-enum-value', name, `values missing: ${missing.join(', ')}`)
  }
  return findings
}
