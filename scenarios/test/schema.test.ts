import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { loadScenario, SCENARIO_SCHEMA, scenarioFiles } from '../src/index.ts'

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')

test('the published JSON Schema is the generated one (run pnpm gen after changing schema.ts)', () => {
  expect(JSON.parse(read('../schema/scenario.schema.json'))).toEqual(SCENARIO_SCHEMA)
})

test('every example file names the schema for editors and validates against it', () => {
  for (const path of scenarioFiles([fileURLToPath(new URL('../examples', import.meta.url))])) {
    expect(readFileSync(path, 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schema\/scenario\.schema\.json/,
    )
    expect(() => loadScenario(path)).not.toThrow()
  }
})

test('the schema offers the 20 order API calls and every sandbox event', () => {
  const step = SCENARIO_SCHEMA.definitions.step.oneOf as unknown as {
    properties: Record<string, { enum: unknown[] }>
  }[]
  expect(step[1]!.properties.call!.enum).toEqual(
    expect.arrayContaining(['confirmProductOrders', 'getReviews', 'releaseExchangeHoldback']),
  )
  expect(step[2]!.properties.event!.enum).toContain('redeliver-done')
})
