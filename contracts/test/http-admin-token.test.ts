import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { createHttpTarget } from '../src/targets/http.ts'
import type { Target } from '../src/targets/types.ts'

vi.setConfig({ hookTimeout: 60_000 })
let target: Target

beforeAll(async () => {
  target = await createHttpTarget()
})
afterAll(() => target?.close())

test('the http target protects its emulator with an admin token that only its own clients send', async () => {
  const origin = target.baseUrl.replace(/\/npay\/partner$/, '')
  expect((await globalThis.fetch(`${origin}/__sandbox/merchants`)).status).toBe(401)
  expect((await target.fetch(new Request(`${origin}/__sandbox/merchants`))).status).toBe(200)
  expect((await target.control!.listMerchants()).merchants.length).toBeGreaterThan(0)
})
