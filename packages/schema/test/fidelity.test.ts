import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import knownDifferences from '../fidelity/known-differences.json' with { type: 'json' }
import { npayApiDocument } from '../src/index.ts'
import { checkEndpoint, type Finding, mallPathOf } from './fidelity/check-fidelity.ts'
import { parseEndpointDoc } from './fidelity/parse-endpoint-doc.ts'
import type { Json } from './fidelity/schema-walk.ts'

const docsRoot = fileURLToPath(
  new URL('../node_modules/naver-commerce-api-docs-cli/docs/api/v1/', import.meta.url),
)
const doc = npayApiDocument as unknown as Json

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) return markdownFiles(full)
      return name.endsWith('.md') ? [full] : []
    })

const pages = [
  ...markdownFiles(join(docsRoot, 'pay-order/seller')),
  ...markdownFiles(join(docsRoot, 'pay-settle')),
  join(docsRoot, 'oauth2/token.POST.md'),
].map((file) => ({ file: relative(docsRoot, file), page: parseEndpointDoc(readFileSync(file, 'utf8')) }))

const isKnown = (f: Finding) =>
  knownDifferences.differences.some(
    (k) => (k.endpoint === '*' || k.endpoint === f.endpoint) && k.kind === f.kind && k.name === f.name,
  )

const allFindings = pages.flatMap(({ page }) => checkEndpoint(doc, page, knownDifferences.pathRules))

const describeFinding = (f: Finding) =>
  `${f.kind}: ${f.name} at ${f.mallPath} (documented in ${f.endpoint}) — ${f.detail}`

describe('fidelity to the official seller-sibling docs', () => {
  test('the docs package ships every page the check relies on', () => {
    // 20 order pages (19 with a mall twin + hope-delivery), 5 settlement pages, the token page.
    expect(pages.length).toBe(26)
  })

  test.each(pages)('$file matches its mall twin', ({ page }) => {
    // Guards the parser: a page whose example it cannot read would otherwise check nothing nested.
    expect(page.responseExample).toBeDefined()
    const unexplained = checkEndpoint(doc, page, knownDifferences.pathRules).filter((f) => !isKnown(f))
    expect(unexplained.map(describeFinding)).toEqual([])
  })

  test('every known difference still matches a real difference', () => {
    const stale = knownDifferences.differences.filter(
      (k) =>
        !allFindings.some(
          (f) => (k.endpoint === '*' || k.endpoint === f.endpoint) && k.kind === f.kind && k.name === f.name,
        ),
    )
    expect(stale.map((k) => `${k.endpoint} ${k.kind} ${k.name}`)).toEqual([])
  })

  test('every known difference gives a reason', () => {
    for (const k of [...knownDifferences.differences, ...knownDifferences.pathRules]) {
      expect(k.reason.length, JSON.stringify(k)).toBeGreaterThan(20)
    }
  })

  test('every operation except getReviews has a documented sibling', () => {
    const documented = new Set(
      pages.map(({ page }) => `${page.method} ${mallPathOf(page.path, knownDifferences.pathRules)}`),
    )
    const paths = doc.paths as Record<string, Record<string, { operationId: string }>>
    const undocumented = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => !documented.has(`${method.toUpperCase()} ${path}`))
        .map(([, op]) => op.operationId),
    )
    expect(undocumented).toEqual(['getReviews'])
  })
})
