import { commerceApiOperationIndex, operationIndex } from '@npay-sandbox/schema'
import { expect, test } from 'vitest'
import { suitesFor } from '../src/profiles.ts'
import { PROVIDER_STATES } from '../src/provider-states/definitions.ts'
import { SUITES } from '../src/suites/index.ts'

const cases = SUITES.flatMap((suite) => suite.cases)

test.each([
  ['npay', operationIndex],
  ['commerce', commerceApiOperationIndex],
] as const)('every operation of the %s document is exercised by some case of that API', (api, index) => {
  const covered = new Set(suitesFor(SUITES, api).flatMap((s) => s.cases.flatMap((c) => c.operations)))
  expect(index.map((op) => op.operationId).filter((id) => !covered.has(id))).toEqual([])
})

test('each API has cases of its own only where the other lacks the operation', () => {
  const names = (api: 'npay' | 'commerce') =>
    new Set(suitesFor(SUITES, api).flatMap((s) => s.cases.map((c) => `${s.id}/${c.name}`)))
  const [mall, commerce] = [names('npay'), names('commerce')]
  const only = (a: Set<string>, b: Set<string>) => [...a].filter((n) => !b.has(n)).map((n) => n.split('/')[0])
  expect(new Set(only(mall, commerce))).toEqual(new Set(['queries']))
  expect(new Set(only(commerce, mall))).toEqual(new Set(['hope-delivery']))
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
