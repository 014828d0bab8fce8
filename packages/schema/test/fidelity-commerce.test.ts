import { describe, expect, test } from 'vitest'
import knownDifferences from '../fidelity/commerce-known-differences.json' with { type: 'json' }
import { commerceApiDocument, commerceApiOperationIndex } from '../src/index.ts'
import { checkEndpoint, type Finding } from './fidelity/check-fidelity.ts'
import { docsPages } from './fidelity/docs-pages.ts'
import type { Json } from './fidelity/schema-walk.ts'

// The Commerce profile serves the documented paths themselves: no rewriting.
const IDENTITY: [] = []
const doc = commerceApiDocument as unknown as Json
const pages = docsPages()

const matches = (k: (typeof knownDifferences.differences)[number], f: Finding) =>
  (k.endpoint === '*' || k.endpoint === f.endpoint) && k.kind === f.kind && k.name === f.name

const allFindings = pages.flatMap(({ page }) => checkEndpoint(doc, page, IDENTITY))

const describeFinding = (f: Finding) => `${f.kind}: ${f.name} at ${f.endpoint} — ${f.detail}`

describe('fidelity of the Commerce API profile to the official docs', () => {
  test('the docs package ships every page the check relies on', () => {
    // 20 order pages (hope-delivery among them), 5 settlement pages, the token page.
    expect(pages.length).toBe(26)
  })

  test.each(pages)('$file matches the operation at its own path', ({ page }) => {
    expect(page.responseExample).toBeDefined()
    const unexplained = checkEndpoint(doc, page, IDENTITY).filter(
      (f) => !knownDifferences.differences.some((k) => matches(k, f)),
    )
    expect(unexplained.map(describeFinding)).toEqual([])
  })

  test('every known difference still matches a real difference', () => {
    const stale = knownDifferences.differences.filter((k) => !allFindings.some((f) => matches(k, f)))
    expect(stale.map((k) => `${k.endpoint} ${k.kind} ${k.name}`)).toEqual([])
  })

  test('every known difference gives a reason', () => {
    for (const k of knownDifferences.differences)
      expect(k.reason.length, JSON.stringify(k)).toBeGreaterThan(20)
  })

  test('every operation of the Commerce index has a docs page, and every page an operation', () => {
    const documented = pages.map(({ page }) => `${page.method} ${page.path}`).sort()
    const served = commerceApiOperationIndex.map((op) => `${op.method} ${op.path}`).sort()
    expect(served).toEqual(documented)
  })

  test('the index has no alias paths and every operation is in the document at its path', () => {
    const paths = doc.paths as Record<string, Record<string, { operationId: string }>>
    for (const op of commerceApiOperationIndex) {
      expect(op.aliases, op.operationId).toEqual([])
      expect(paths[op.path]?.[op.method.toLowerCase()]?.operationId).toBe(op.operationId)
    }
  })
})
