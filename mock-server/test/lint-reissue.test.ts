/**
 * `excess-token-issuance` (facts §3.5) must not blame the client for what the docs tell it to do:
 * re-issue a token after 401 GW.AUTHN (facts §3.7), even when the gateway hands back the same token.
 */
import { expect, test } from 'vitest'
import { FAULT_HEADER } from '../src/middleware/faults-header.ts'
import { type Harness, harness } from './harness.ts'

const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'

async function rules(h: Harness): Promise<string[]> {
  const res = await h.control('GET', '/__sandbox/lint')
  return ((await res.json()) as { findings: { rule: string }[] }).findings.map((f) => f.rule)
}

test.each([
  [
    'a fault rule',
    { rules: [{ operationId: 'getReviews', kind: 'gateway', code: 'GW.AUTHN', times: 1 }] },
    {},
  ],
  ['the fault header', undefined, { [FAULT_HEADER]: 'GW.AUTHN' }],
])('a token re-issued after a GW.AUTHN injected by %s is not excess issuance', async (_, faults, headers) => {
  const h = harness()
  const token = await h.token()
  if (faults) await h.control('PUT', '/__sandbox/faults', faults)
  const refused = await h.call('GET', REVIEWS, { token, headers })
  expect(refused.status).toBe(401)
  expect(await refused.json()).toMatchObject({ code: 'GW.AUTHN', message: '요청을 보낼 권한이 없습니다.' })
  expect(await h.token()).toBe(token)
  expect(await rules(h)).toEqual([])
  expect((await h.call('GET', REVIEWS, { token })).status).toBe(200)
})

test('only the first token request after the 401 is owed: a second one is excess again', async () => {
  const h = harness()
  const token = await h.token()
  await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'GW.AUTHN' } })
  await h.token()
  expect(await rules(h)).toEqual([])
  await h.token()
  expect(await rules(h)).toEqual(['excess-token-issuance'])
})

test('a failed token request after the 401 keeps the re-issue owed', async () => {
  const h = harness()
  const token = await h.token()
  await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'GW.AUTHN' } })
  const bad = await h.sandbox.app.request('http://emulator.test/npay/partner/v1/oauth2/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: h.sandbox.engine.tenant().clientId,
      grant_type: 'client_credentials',
    }),
  })
  expect(bad.status).toBe(400)
  await h.token()
  expect(await rules(h)).toEqual([])
})

test('the owed re-issue survives a save and load of the sandbox state', async () => {
  const h = harness()
  const token = await h.token()
  await h.call('GET', REVIEWS, { token, headers: { [FAULT_HEADER]: 'GW.AUTHN' } })
  const state = h.sandbox.engine.exportState()
  h.sandbox.engine.importState(JSON.parse(JSON.stringify(state)))
  await h.token()
  expect(await rules(h)).toEqual([])
})
