/**
 * The `sandbox` target's rules, against an emulator reached through a plain fetch (so the target sees
 * no control plane, as on the real host): no state changes without --allow-mutations, provider states
 * only from fixtures, and fixtures checked and used up.
 */
import { createControlPlaneClient, createNpayClient } from '@npay-sandbox/client'
import { createSandbox } from '@npay-sandbox/mock-server'
import { expect, test } from 'vitest'
import { buildOnEmulator } from '../src/provider-states/build-on-emulator.ts'
import { type Fixtures, parseFixtures } from '../src/provider-states/fixtures.ts'
import { runContracts } from '../src/runner/run-contracts.ts'
import type { CaseResult } from '../src/runner/types.ts'
import { actions, queries, returns, settlement, tokens } from '../src/suites/index.ts'
import { createInprocessTarget } from '../src/targets/inprocess.ts'
import { createSandboxTarget } from '../src/targets/sandbox.ts'

const BASE = 'http://stranger.test/npay/partner'

function realHost() {
  const sandbox = createSandbox({ seed: 3 })
  const fetch = (request: Request) => sandbox.app.request(request)
  const { clientId, clientSecret } = sandbox.engine.defaultMerchant
  const control = createControlPlaneClient({ baseUrl: 'http://stranger.test', fetch })
  const api = createNpayClient({ clientId, clientSecret, baseUrl: BASE, fetch })
  const target = (fixtures?: Fixtures, allowMutations = false) =>
    createSandboxTarget({
      baseUrl: BASE,
      clientId,
      clientSecret,
      fetch,
      paceMs: 0,
      allowMutations,
      ...(fixtures ? { fixtures } : {}),
    })
  return { target, setup: { control, clientId, api } }
}

const reasonOf = (results: CaseResult[], name: string) => results.find((r) => r.name === name)?.reason

test('a fixtures file naming an unknown provider state is refused with the known names', () => {
  expect(() => parseFixtures({ 'a paied product order': ['2024060712345678'] })).toThrow(
    /unknown provider state "a paied product order". Known states:\n {2}"a paid product order"/,
  )
})

test('fixture entries may be ids or objects with an orderId, and $-keys are comments', () => {
  const fixtures = parseFixtures({
    $comment: 'placed by hand on 2024-06-07',
    'a paid product order': [
      '2024060712345678',
      { productOrderId: '2024060712345679', orderId: '2024060700000001' },
    ],
  })
  expect(fixtures).toEqual({
    'a paid product order': [
      { productOrderId: '2024060712345678' },
      { productOrderId: '2024060712345679', orderId: '2024060700000001' },
    ],
  })
})

test('without --allow-mutations, fixtures or a clock, cases are skipped with the reason and the rest pass', async () => {
  const { results, summary } = await runContracts({
    target: realHost().target(),
    suites: [tokens, actions, queries],
  })
  expect(reasonOf(results, 'dispatching a dispatched product order again fails with 9999')).toBe(
    'changes product orders on sandbox; pass --allow-mutations to run it',
  )
  expect(reasonOf(results, 'a query returns the detail of a paid product order')).toBe(
    'needs "a paid product order": pass a fixtures file (--fixtures) listing product orders in it',
  )
  expect(
    reasonOf(results, 'an expired token is a 401 GW.AUTHN and the client recovers by issuing a new one'),
  ).toBe("needs an emulator's control plane to move the clock; sandbox has none")
  expect(summary.failed).toBe(0)
  expect(results.filter((r) => r.outcome === 'passed').map((r) => r.name)).toContain(
    'confirming a product order nobody has fails with 100001 in the list',
  )
})

test('with mutations allowed, a state missing from the fixtures file skips its cases', async () => {
  const { results } = await runContracts({ target: realHost().target({}, true), suites: [returns] })
  expect(reasonOf(results, 'approving a return request returns the product order')).toBe(
    'needs "a delivered product order with a return request": the fixtures file lists no product order in that state',
  )
})

test('a fixture that is no longer in its state is not used, and says what it is in', async () => {
  const host = realHost()
  const paid = await buildOnEmulator(host.setup, 'a paid product order')
  const fixtures = { 'a delivered product order': [{ productOrderId: paid.productOrderId }] }
  const { results } = await runContracts({ target: host.target(fixtures, true), suites: [returns] })
  expect(reasonOf(results, 'a seller return request of a delivered product order opens a return')).toBe(
    `no fixture is in "a delivered product order" any more: ${paid.productOrderId} is no longer in it (productOrderStatus: PAYED (expected DELIVERED))`,
  )
})

test('each fixture is changed by one case only; the next case that needs one is skipped', async () => {
  const host = realHost()
  const one = await buildOnEmulator(host.setup, 'a delivered product order with a return request')
  const fixtures = {
    'a delivered product order with a return request': [{ productOrderId: one.productOrderId }],
  }
  const { results } = await runContracts({ target: host.target(fixtures, true), suites: [returns] })
  const names = returns.cases.filter((c) =>
    c.needs?.includes('a delivered product order with a return request'),
  )
  const needing = results.filter((r) => names.some((c) => c.name === r.name))
  expect(needing.map((r) => r.outcome)).toEqual(['passed', 'skipped', 'skipped'])
  expect(needing[1]?.reason).toBe(
    'needs "a delivered product order with a return request": all 1 product orders of the fixtures file were used by earlier cases',
  )
})

test('cases of an operation the target does not serve are reported as unsupported, not failed', async () => {
  const notFound = async (request: Request, response: Response) => {
    if (!new URL(request.url).pathname.includes('/v1/pay-settle-mall/')) return response
    const body = {
      code: 'GW.NOT_FOUND',
      message: '요청하신 리소스를 찾을 수 없습니다.',
      timestamp: '2024-06-07T19:00:00.000+09:00',
      traceId: 't',
    }
    return new Response(JSON.stringify(body), {
      status: 404,
      headers: { 'content-type': 'application/json', 'GNCP-GW-Trace-ID': 't' },
    })
  }
  const target = await createInprocessTarget({ alterResponse: notFound })
  const { results, summary } = await runContracts({ target, suites: [settlement] })
  expect(summary).toEqual({ passed: 0, failed: 0, skipped: 0, unsupported: settlement.cases.length })
  expect(results[0]?.reason).toBe('the target answers 404 GW.NOT_FOUND for getSettleCases (not served)')
})
