/**
 * Consistency of live answers, over the same filled sandbox as the coverage test: quantities and amounts,
 * payment columns per means, money after a cancel or return against settle/case, causal dates and the
 * last-changed rows, and the claim logistics each state implies. Every expectation comes from the facts
 * file (§7–§11) or the docs pages, named in each check's `source`; the test name starts with the area.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { DATE_CHECKS } from './consistency/dates.ts'
import { LOGISTICS_CHECKS } from './consistency/logistics.ts'
import { PAYMENT_CHECKS } from './consistency/payments.ts'
import { QUANTITY_CHECKS } from './consistency/quantities.ts'
import { collectLiveData, type LiveData } from './live-data.ts'

/** Violations shown per check; the count says how many there are in all. */
const SHOWN = 25

const CHECKS = [...QUANTITY_CHECKS, ...PAYMENT_CHECKS, ...DATE_CHECKS, ...LOGISTICS_CHECKS]

let live: LiveData

beforeAll(async () => {
  live = await collectLiveData()
})

describe('consistency of live answers', () => {
  test('the sandbox was filled without a refused step', () => {
    expect(live.problems).toEqual([])
  })

  for (const check of CHECKS) {
    test(`[${check.area}] ${check.name}`, () => {
      const violations = check.run(live)
      const shown = violations.slice(0, SHOWN)
      const more = violations.length > SHOWN ? [`… and ${violations.length - SHOWN} more`] : []
      expect([...shown, ...more], `${violations.length} violations (expected from ${check.source})`).toEqual(
        [],
      )
    })
  }
})
