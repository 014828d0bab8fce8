/**
 * Registers every contract case as a vitest test against one emulator target. On an emulator nothing
 * may be skipped: it has a control plane, allows mutations and serves every operation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCase } from '../src/runner/run-case.ts'
import { type SessionFactory, sessions } from '../src/runner/session.ts'
import { SUITES } from '../src/suites/index.ts'
import type { Target } from '../src/targets/types.ts'

export function contractTests(name: string, open: () => Promise<Target>) {
  describe(`contracts through ${name}`, () => {
    let target: Target
    let factory: SessionFactory
    beforeAll(async () => {
      target = await open()
      factory = sessions(target)
    })
    afterAll(async () => {
      await target?.close()
    })

    for (const suite of SUITES) {
      // Every case has a merchant of its own on an emulator, so cases of a suite can run at once.
      describe.concurrent(suite.title, () => {
        for (const contractCase of suite.cases) {
          test(contractCase.name, async () => {
            const result = await runCase(target, suite, contractCase, factory)
            expect(result.problems, 'responses that do not match the OpenAPI document').toEqual([])
            expect(result.outcome, result.reason).toBe('passed')
          })
        }
      })
    }
  })
}
