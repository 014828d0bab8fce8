import { fileURLToPath } from 'node:url'
import { TRANSITIONS } from '@npay-sandbox/engine'
import { expect, test } from 'vitest'
import {
  formatCoverage,
  junitXml,
  parseScenario,
  type RunSummary,
  runScenario,
  runScenarios,
} from '../src/index.ts'
import { target } from './support.ts'

/** `covered` of the state table's rows as the coverage report writes it (the table grows with the APIs). */
const share = (covered: number) =>
  `${covered}/${TRANSITIONS.length} rows (${Math.round((covered / TRANSITIONS.length) * 1000) / 10} %)`

const examples = fileURLToPath(new URL('../examples', import.meta.url))

/** Checks that tags nest and close, attributes are quoted, and no raw `<` or `&` is left in text. */
function wellFormed(xml: string): boolean {
  const stack: string[] = []
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '')
  for (const m of body.matchAll(
    /<(\/?)([\w-]+)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(amp|lt|gt|quot|apos);)/g,
  )) {
    if (m[0] === '<' || m[0] === '&') return false
    if (m[1]) {
      if (stack.pop() !== m[2]) return false
    } else if (!m[4]) stack.push(m[2]!)
  }
  return stack.length === 0
}

async function mixedRun(): Promise<RunSummary> {
  const summary = await runScenarios([`${examples}/seller-cancel.yaml`], target())
  const failing = await runScenario(
    parseScenario(
      'fails <&>.yaml',
      'name: "fails <&> \\"quoted\\""\nsteps:\n  - create: { as: o }\n  - expect: { productOrderStatus: DELIVERED }\n',
    ),
    target(),
  )
  return { ...summary, results: [...summary.results, failing], failed: 1 }
}

test('JUnit XML is well formed, escapes names and carries the failing step', async () => {
  const xml = junitXml(await mixedRun())
  expect(wellFormed(xml)).toBe(true)
  expect(xml).toContain('<testsuites name="npay-sandbox scenarios" tests="2" failures="1"')
  expect(xml).toContain('name="fails &lt;&amp;&gt; &quot;quoted&quot;"')
  expect(xml).toContain('<failure message="step 2 expect: productOrderStatus: expected DELIVERED, got PAYED"')
  expect(xml.match(/<testcase /g)).toHaveLength(2)
})

test('the coverage report lists every row by id and what was never exercised', async () => {
  const summary = await runScenarios([`${examples}/seller-cancel.yaml`], target())
  const text = formatCoverage(summary.coverage)
  expect(summary.coverage.covered).toEqual(['N2', 'C6', 'C7a'])
  expect(text).toContain(`Transition coverage: ${share(3)}`)
  expect(text).toContain('  ✓ C6   requestCancel            merchant ×1')
  expect(text).toContain('  ✗ R6   holdbackReturn           merchant ×0')
  expect(text).toMatch(/not covered: N1, N3, N4, .*E8b/)
  expect(text).toContain('  ✓ 4000   잘못된 요청 파라미터 ×1')
})
