import { operationIndex } from '@npay-sandbox/schema'
import { expect, test } from 'vitest'
import { PROVIDER_STATES } from '../src/provider-states/definitions.ts'
import { SUITES } from '../src/suites/index.ts'

const cases = SUITES.flatMap((suite) => suite.cases)

test('every operation of the OpenAPI document is exercised by some case', () => {
  const covered = new Set(cases.flatMap((c) => c.operations))
  expect(operationIndex.map((op) => op.operationId).filter((id) => !covered.has(id))).toEqual([])
})

test('every provider state is used by some case', () => {
  const used = new Set(cases.flatMap((c) => c.needs ?? []))
  expect(Object.keys(PROVIDER_STATES).filter((name) => !used.has(name as never))).toEqual([])
})

test('case names are unique within their suite', () => {
  for (const suite of SUITES) {
    const names = suite.cases.map((c) => c.name)
    expect(new Set(names).size, suite.id).toBe(names.length)
  }
})
