/**
 * Richness of live answers: a sandbox filled with every named seed, orders of every payment means and tax
 * type and claims of every kind, read over HTTP with a signed token, must carry at least 90 % of the
 * response fields the official docs pages document for product-orders/query, the conditional query and
 * last-changed-statuses — less the features declared not emulated (exclusions.json, each with its reason).
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { type EndpointCoverage, EXCLUSIONS, endpointCoverage, groupByBlock } from './coverage.ts'
import { collectLiveData } from './live-data.ts'

/** The share of the expected documented fields live answers must carry. */
const REQUIRED_COVERAGE = 0.9

let coverage: EndpointCoverage[]
let problems: string[]
let dropped: string[]

beforeAll(async () => {
  const live = await collectLiveData()
  coverage = endpointCoverage(live)
  problems = live.problems
  dropped = live.dropped
})

const report = (pick: (c: EndpointCoverage) => string[]) =>
  coverage
    .filter((c) => pick(c).length > 0)
    .map((c) =>
      [`${c.endpoint} (${pick(c).length}):`, ...groupByBlock(pick(c), c.root).map((l) => `  ${l}`)].join(
        '\n',
      ),
    )
    .join('\n')

describe('live-field coverage against the docs pages', () => {
  test('the sandbox was filled without a refused step', () => {
    expect(problems).toEqual([])
  })

  test(`live answers carry at least ${REQUIRED_COVERAGE * 100} % of the documented fields`, () => {
    const expected = coverage.reduce((n, c) => n + c.expected.length, 0)
    const missing = coverage.reduce((n, c) => n + c.missing.length, 0)
    const share = (expected - missing) / expected
    const summary = coverage
      .map((c) => `${c.endpoint}: ${c.expected.length - c.missing.length}/${c.expected.length}`)
      .join('; ')
    const left = dropped.length
      ? `\nextra order fields left out (their sample values were refused): ${dropped.join(', ')}`
      : ''
    const message = `coverage ${(share * 100).toFixed(1)} % (${summary})${left}\nmissing:\n${report((c) => c.missing)}`
    console.log(message)
    expect(share, message).toBeGreaterThanOrEqual(REQUIRED_COVERAGE)
  })

  test('live answers carry no field the docs pages do not document', () => {
    expect(report((c) => c.undocumented)).toBe('')
  })

  test('every exclusion takes out documented fields and says why', () => {
    for (const e of EXCLUSIONS) {
      const taken = coverage
        .flatMap((c) => c.documented)
        .filter((p) => `.${p.replace(/\[\]/g, '')}.`.includes(`.${e.field}.`))
      expect(taken.length, `${e.field} matches no documented path`).toBeGreaterThan(0)
      expect(e.reason.length, e.field).toBeGreaterThan(40)
    }
  })
})
