/**
 * The `sandbox` target of the Commerce API: credentials from `NPAY_COMMERCE_*`, the Commerce host by
 * default, seller paths, a SELF token or a SELLER token with an account id. Proven against an emulator
 * reached through a plain fetch (no control plane, as on the real host); the run against the real
 * Commerce API happens only when its credentials are in the environment, so CI never sends a request.
 */
import { createControlPlaneClient } from '@npay-sandbox/client'
import { createSandbox } from '@npay-sandbox/mock-server'
import { expect, test } from 'vitest'
import { runContracts } from '../src/runner/run-contracts.ts'
import { SUITES } from '../src/suites/index.ts'
import { createTarget } from '../src/targets/create-target.ts'

const ORIGIN = 'http://seller-host.test'

async function commerceHost() {
  const sandbox = createSandbox({ seed: 4 })
  const fetch = (request: Request) => sandbox.app.request(request)
  const control = createControlPlaneClient({ baseUrl: ORIGIN, fetch })
  const merchant = await control.createMerchant({ body: { api: 'commerce' } })
  const env = {
    NPAY_COMMERCE_BASE_URL: `${ORIGIN}/external`,
    NPAY_COMMERCE_CLIENT_ID: merchant.clientId,
    NPAY_COMMERCE_CLIENT_SECRET: merchant.clientSecret,
  }
  return { fetch, env, mallId: merchant.mallId }
}

test('the Commerce sandbox target defaults to the Commerce API host', async () => {
  const target = await createTarget('sandbox', {
    api: 'commerce',
    env: { NPAY_COMMERCE_CLIENT_ID: 'app', NPAY_COMMERCE_CLIENT_SECRET: '$2a$04$abcdefghijklmnopqrstuu' },
  })
  // docs: oauth2/token.POST.md base-url
  expect([target.api, target.baseUrl]).toEqual(['commerce', 'https://api.commerce.naver.com/external'])
  expect(target.description).not.toContain('app')
})

test('a Commerce sandbox run uses the seller paths: read-only cases pass, reviews are not part of it', async () => {
  const { fetch, env } = await commerceHost()
  const target = await createTarget('sandbox', { api: 'commerce', env, paceMs: 0 })
  const report = await runContracts({ target: { ...target, fetch } })
  expect(report.summary.failed, JSON.stringify(report.results.filter((r) => r.outcome === 'failed'))).toBe(0)
  expect(report.target.api).toBe('commerce')
  const passed = report.results.filter((r) => r.outcome === 'passed').map((r) => r.name)
  expect(passed).toContain('a hope-delivery change without changeReason is a 400 4000 naming changeReason')
  expect(report.results.some((r) => r.operations.includes('getReviews'))).toBe(false)
  const paths = report.results.flatMap((r) => r.exchanges.map((e) => e.path))
  expect(
    paths.filter((p) => p.startsWith('/v1/pay-order/')).every((p) => p.startsWith('/v1/pay-order/seller/')),
  ).toBe(true)
  expect(paths.some((p) => p.startsWith('/v1/pay-settle/'))).toBe(true)
})

test('with NPAY_COMMERCE_ACCOUNT_ID the run asks for a SELLER token of that seller', async () => {
  const { fetch, env, mallId } = await commerceHost()
  const target = await createTarget('sandbox', {
    api: 'commerce',
    env: { ...env, NPAY_COMMERCE_ACCOUNT_ID: mallId },
    paceMs: 0,
  })
  const tokens = SUITES.filter((s) => s.id === 'tokens')
  const report = await runContracts({ target: { ...target, fetch }, suites: tokens })
  expect(report.summary.failed).toBe(0)
  const forms = report.results
    .flatMap((r) => r.exchanges)
    .filter((e) => e.operationId === 'issueToken' && e.status === 200)
    .map((e) => e.requestBody as Record<string, string> | undefined)
    .filter((body) => body?.client_secret_sign !== undefined)
  expect(forms.length).toBeGreaterThan(0)
  expect(forms.every((f) => f?.type === 'SELLER' && f.account_id === mallId)).toBe(true)
})

const live = process.env.NPAY_COMMERCE_CLIENT_ID && process.env.NPAY_COMMERCE_CLIENT_SECRET
test.skipIf(!live)(
  'the read-only cases pass against the real Commerce API (only with NPAY_COMMERCE_* credentials)',
  { timeout: 600_000 },
  async () => {
    const target = await createTarget('sandbox', { api: 'commerce', env: process.env })
    const report = await runContracts({ target })
    expect(report.results.filter((r) => r.outcome === 'failed').map((r) => `${r.id}: ${r.reason}`)).toEqual(
      [],
    )
  },
)
