/**
 * Which documented response fields live answers carry: per endpoint, the docs page's field paths minus the
 * declared exclusions (exclusions.json), against the field paths of every answer read.
 */
import exclusionFile from './exclusions.json' with { type: 'json' }
import { documentedEndpoint, fieldPaths } from './field-paths.ts'
import type { LiveData, Loose } from './live-data.ts'

/** The three read endpoints, their docs page, the answers read from each and where one detail sits. */
export const ENDPOINTS = [
  { page: 'product-orders/query.POST.md', root: 'data[]', bodies: (l: LiveData) => l.bodies.query },
  {
    page: 'product-orders.GET.md',
    root: 'data.contents[].content',
    bodies: (l: LiveData) => l.bodies.conditional,
  },
  {
    page: 'product-orders/last-changed-statuses.GET.md',
    root: 'data.lastChangeStatuses[]',
    bodies: (l: LiveData) => l.bodies.lastChanged,
  },
] as const

export const EXCLUSIONS = exclusionFile.exclusions

/** The exclusion that takes a documented path out of the expectation, if any. */
export function exclusionOf(path: string) {
  const plain = `.${path.replace(/\[\]/g, '')}.`
  return EXCLUSIONS.find((e) => plain.includes(`.${e.field}.`))
}

export interface EndpointCoverage {
  endpoint: string
  root: string
  documented: string[]
  expected: string[]
  missing: string[]
  /** Paths in live answers that the page does not document. */
  undocumented: string[]
}

/**
 * Coverage of each endpoint by the answers in `live`.
 * @example endpointCoverage(live).map((c) => c.missing.length)
 */
export function endpointCoverage(live: LiveData): EndpointCoverage[] {
  return ENDPOINTS.map(({ page, root, bodies }) => {
    const doc = documentedEndpoint(page)
    const seen = new Set<string>()
    for (const body of bodies(live) as Loose[]) fieldPaths(body, '', seen)
    const documented = [...doc.paths].sort()
    const expected = documented.filter((p) => !exclusionOf(p))
    return {
      endpoint: `${doc.method} ${doc.mallPath}`,
      root,
      documented,
      expected,
      missing: expected.filter((p) => !seen.has(p)),
      undocumented: [...seen].filter((p) => !doc.paths.has(p)).sort(),
    }
  })
}

/** The block a path sits in, relative to one detail (or row): `productOrder.shippingAddress`. */
function blockOf(path: string, root: string): string {
  const inner = path.startsWith(`${root}.`) ? path.slice(root.length + 1) : path
  const cut = inner.lastIndexOf('.')
  return cut < 0 ? '(top level)' : inner.slice(0, cut)
}

/**
 * Paths grouped by block, sorted, one line per block: `productOrder: a, b` — for failure messages.
 * @example groupByBlock(['data[].order.x', 'data[].order.y'], 'data[]') // ['order: x, y']
 */
export function groupByBlock(paths: readonly string[], root: string): string[] {
  const groups = new Map<string, string[]>()
  for (const path of [...paths].sort()) {
    const block = blockOf(path, root)
    groups.set(block, [...(groups.get(block) ?? []), path.slice(path.lastIndexOf('.') + 1)])
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([block, names]) => `${block}: ${names.join(', ')}`)
}
