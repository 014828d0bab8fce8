/**
 * Registers every contract case of one API as a vitest test against one emulator target of that API.
 * On an emulator nothing may be skipped: it has a control plane, allows mutations and serves every
 * operation of the API.
 */
import type { ApiProfile } from '@npay-sandbox/protocol'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { suitesFor } from '../src/profiles.ts'
import { runCase } from '../src/runner/run-case.ts'
import { type SessionFactory, sessions } from '../src/runner/session.ts'
import { SUITES } from '../src/suites/index.ts'
import type { Target } from '../src/targets/types.ts'

export function contractTests(name: string, open: () => Promise<Target>, api: ApiProfile = 'npay') {
  describe(`contracts through ${name}`, () => {
    let target: Target
    let factory: SessionFactory
    beforeAll(async () => {
      target = await open()
      expect(target.api, 'the target speaks the API whose cases are registered').toBe(api)
      factory = sessions(target)
    })
    afterAll(async () => {
      await target?.close()
    })

    for (const suite of suitesFor(SUITES, api)) {
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
