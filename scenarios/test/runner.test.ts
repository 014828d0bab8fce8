import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import {
  formatScenario,
  parseScenario,
  runScenario,
  runScenarios,
  ScenarioLoadError,
  scenarioFiles,
} from '../src/index.ts'
import { target } from './support.ts'

const examples = fileURLToPath(new URL('../examples', import.meta.url))

const run = (text: string) => runScenario(parseScenario('inline.yaml', text), target())

test('the shipped example library passes with 100 % transition and error-code coverage', async () => {
  const files = scenarioFiles([examples])
  expect(files.length).toBeGreaterThanOrEqual(20)
  const summary = await runScenarios(files, target())
  const failures = summary.results.filter((r) => !r.passed).map((r) => formatScenario(r))
  expect(failures).toEqual([])
  expect(summary.coverage.uncovered).toEqual([])
  expect(summary.coverage.percent).toBe(100)
  expect(summary.coverage.uncoveredErrorCodes).toEqual([])
})

test('a passing scenario refers to what it created by name', async () => {
  const result = await run(`
name: names
steps:
  - create: { as: mine, items: 2 }
  - call: confirmProductOrders
    productOrders: ['mine[1]']
    expect: { placeOrderStatus: OK, response: { data: { successProductOrderInfos: [{ productOrderId: '\${mine[1]}' }] } } }
  - expect: { productOrder: 'mine[0]', placeOrderStatus: NOT_YET }
`)
  expect(result.passed).toBe(true)
  expect(result.steps.map((s) => s.status)).toEqual(['passed', 'passed', 'passed'])
})

test('a wrong expectation fails its step with a readable diff and skips the rest', async () => {
  const result = await run(`
name: wrong
steps:
  - create: { as: order }
  - call: approveReturn
    productOrder: order[0]
    expect: { claimStatus: RETURN_DONE, lastChangedTypes: [CLAIM_COMPLETED] }
  - event: deliver
    productOrder: order[0]
`)
  expect(result.passed).toBe(false)
  expect(result.steps.map((s) => s.status)).toEqual(['passed', 'failed', 'skipped'])
  const report = formatScenario(result)
  expect(report).toContain('✗  2 call approveReturn order[0]  (line 5)')
  expect(report).toMatch(
    /sent {6}POST \/npay\/partner\/v1\/pay-order\/mall\/product-orders\/\d{16}\/claim\/return\/approve/,
  )
  expect(report).toContain('received  200 {"timestamp"')
  expect(report).toContain(
    'differs   failures.order[0]: expected success, got 9999 주문상태 및 클레임상태를 확인하세요',
  )
  expect(report).toContain('lastChangedTypes: expected ["CLAIM_COMPLETED"], got []')
  expect(report).toContain('claimStatus: expected RETURN_DONE, got (absent)')
})

test('an HTTP error the file did not expect is a difference', async () => {
  const result = await run(`
name: unexpected 409
steps:
  - create: { as: order }
  - event: collect
    productOrder: order[0]
`)
  expect(result.steps[1]!.differences).toEqual([
    { what: 'status', expected: '2xx', actual: '409 EVENT_NOT_ALLOWED' },
  ])
})

test('a reference to nothing fails the step and names what is known', async () => {
  const result = await run(`
name: bad ref
steps:
  - create: { as: order }
  - event: deliver
    productOrder: ordr[0]
`)
  expect(result.steps[1]!.error).toBe('nothing is named ordr (known: order)')
})

test('an invalid file is reported with line numbers before anything runs', () => {
  const load = () =>
    parseScenario(
      'bad.yaml',
      'name: bad\nsteps:\n  - create: { as: a }\n  - call: approveRetrun\n    productOrder: a[0]\n',
    )
  expect(load).toThrow(ScenarioLoadError)
  expect(load).toThrow(
    /line 4: \/steps\/1\/call must be equal to one of the allowed values: getLastChangedStatuses/,
  )
})

test('a broken file fails in the summary without stopping the others', async () => {
  const summary = await runScenarios(['does-not-exist.yaml', `${examples}/admin-cancel.yaml`], target())
  expect([summary.passed, summary.failed]).toEqual([1, 1])
  expect(summary.results[0]!.steps[0]!.error).toMatch(/ENOENT/)
})
