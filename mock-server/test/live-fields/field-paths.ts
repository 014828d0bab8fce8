/**
 * Field paths of JSON bodies (`data[].productOrder.appliedCoupons[].couponClassCode`: keys joined by dots,
 * array indexes collapsed to `[]`) and the paths the official docs pages document for an endpoint. The
 * pages are read with the schema package's own parser; the docs ship in its devDependency.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import knownDifferences from '../../../packages/schema/fidelity/known-differences.json' with { type: 'json' }
import { mallPathOf } from '../../../packages/schema/test/fidelity/check-fidelity.ts'
import {
  type EndpointDoc,
  parseEndpointDoc,
} from '../../../packages/schema/test/fidelity/parse-endpoint-doc.ts'

const SELLER_DOCS = fileURLToPath(
  new URL(
    '../../../packages/schema/node_modules/naver-commerce-api-docs-cli/docs/api/v1/pay-order/seller/',
    import.meta.url,
  ),
)

/**
 * Every field path of a JSON value; an array contributes the paths of all its elements.
 * @example fieldPaths({ data: [{ order: { orderId: '1' } }] }) // ['data', 'data[].order', 'data[].order.orderId']
 */
export function fieldPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) fieldPaths(item, `${prefix}[]`, out)
    return out
  }
  if (value === null || typeof value !== 'object') return out
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key
    out.add(path)
    fieldPaths(child, path, out)
  }
  return out
}

/** One documented endpoint: the seller page, and the mall path the emulator serves it at. */
export interface DocumentedEndpoint {
  method: string
  sellerPath: string
  mallPath: string
  paths: Set<string>
}

const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('.')))

/**
 * The response paths a page documents: those of its success example, plus fields the field list has and
 * the example lacks (last-changed's example omits `more`, `paymentDate`, …). Such a field is placed after
 * the field listed just before it: inside it when that one is an object, beside it otherwise.
 */
function documentedPaths(page: EndpointDoc): Set<string> {
  const paths = fieldPaths(page.responseExample)
  const fields = page.fields.filter((f) => f.location === 'response')
  let previous: { path: string; type: string } | undefined
  for (const field of fields) {
    const known = [...paths].find((p) => p === field.name || p.endsWith(`.${field.name}`))
    let path = known
    if (!path) {
      if (!previous) path = field.name
      else if (/object\)?\[\]/.test(previous.type)) path = `${previous.path}[].${field.name}`
      else if (/object/.test(previous.type)) path = `${previous.path}.${field.name}`
      else path = [parentOf(previous.path), field.name].filter(Boolean).join('.')
      paths.add(path)
    }
    previous = { path, type: field.type }
  }
  return paths
}

/**
 * The documented response paths of a seller page under `pay-order/seller/`, e.g. `product-orders/query.POST.md`.
 * @example documentedEndpoint('product-orders.GET.md').mallPath // '/v1/pay-order/mall/product-orders'
 */
export function documentedEndpoint(page: string): DocumentedEndpoint {
  const doc = parseEndpointDoc(readFileSync(`${SELLER_DOCS}${page}`, 'utf8'))
  return {
    method: doc.method,
    sellerPath: doc.path,
    mallPath: mallPathOf(doc.path, knownDifferences.pathRules),
    paths: documentedPaths(doc),
  }
}
