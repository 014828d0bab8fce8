/**
 * Scenario files and seeds on a Commerce API (smartstore seller) merchant: `merchant: { api: commerce }`
 * runs the file as a Commerce app, whose calls go to its own seller paths under `/external` (Commerce API
 * docs: pay-order/seller/...), with a SELF token (oauth2/token: `type` is required).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createControlPlaneClient, createNpayClient } from '@npay-sandbox/client'
import { apiOf, createEngine } from '@npay-sandbox/engine'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../../mock-server/src/app.ts'
import { createSandbox, type ListeningSandbox } from '../../mock-server/src/sandbox.ts'
import {
  applySeed,
  formatScenario,
  httpTarget,
  parseScenario,
  runScenario,
  ScenarioLoadError,
  type ScenarioResult,
  scenarioExample,
} from '../src/index.ts'
import { details, target } from './support.ts'

const EXAMPLE = 'commerce-seller-exchange.yaml'
const examplePath = fileURLToPath(new URL(`../examples/${EXAMPLE}`, import.meta.url))

/** Every request path the scenario's steps sent (token requests are not recorded). */
const sentPaths = (result: ScenarioResult) =>
  result.steps.flatMap((s) => s.answers.flatMap((a) => (a.sent ? [a.sent.path.split('?')[0]!] : [])))

/** The API calls among them: everything outside the control plane. */
const apiPaths = (result: ScenarioResult) => sentPaths(result).filter((p) => !p.startsWith('/__sandbox'))

function expectSellerPaths(result: ScenarioResult) {
  const paths = apiPaths(result)
  expect(paths.length).toBeGreaterThan(5)
  // Commerce API docs: pay-order/seller/product-orders/{productOrderId}/claim/exchange/collect/approve.POST.md
  for (const path of paths) expect(path).toMatch(/^\/external\/v1\/pay-order\/seller\//)
  expect(paths.some((p) => /\/claim\/exchange\/collect\/approve$/.test(p))).toBe(true)
}

test('the shipped Commerce example is embedded and says its merchant speaks the Commerce API', () => {
  const text = scenarioExample(EXAMPLE)
  expect(text).toBe(readFileSync(examplePath, 'utf8'))
  expect(parseScenario(EXAMPLE, text!).scenario.merchant).toEqual({ api: 'commerce' })
})

test('in-process, the Commerce example passes through the seller paths under /external', async () => {
  const result = await runScenario(parseScenario(EXAMPLE, scenarioExample(EXAMPLE)!), target())
  expect(result.passed, formatScenario(result)).toBe(true)
  expectSellerPaths(result)
})

test('in-process, the hope-delivery example moves the hope day at the seller-only hope-delivery/change', async () => {
  const name = 'commerce-hope-delivery.yaml'
  const result = await runScenario(parseScenario(name, scenarioExample(name)!), target())
  expect(result.passed, formatScenario(result)).toBe(true)
  // Commerce API docs: pay-order/seller/product-orders/{productOrderId}/hope-delivery/change.POST.md
  expect(apiPaths(result).filter((p) => p.endsWith('/hope-delivery/change'))).toHaveLength(3)
  expect(result.rows.get('H1')).toBe(1)
})

test('${now+3d:ymd} is the KST day three days on, as yyyyMMdd', async () => {
  const result = await runScenario(
    parseScenario(
      'ymd.yaml',
      `name: ymd
merchant: { api: commerce }
steps:
  - create: { as: order, items: [{ hopeDelivery: { hopeDeliveryYmd: '\${now+3d:ymd}' } }] }
`,
    ),
    target(),
  )
  expect(result.passed, formatScenario(result)).toBe(true)
  // The in-process clock starts at 2025-06-02 09:00 KST (DEFAULT_SEED_START).
  expect(result.steps[0]!.answers[0]!.sent!.requestBody).toContain('"hopeDeliveryYmd":"20250605"')
})

test('a file without merchant.api still runs as an Npay mall app at /npay/partner', async () => {
  const result = await runScenario(
    parseScenario(
      'mall.yaml',
      `name: mall
steps:
  - create: { as: order }
  - call: confirmProductOrders
    productOrders: order
    expect: { placeOrderStatus: OK }
`,
    ),
    target(),
  )
  expect(result.passed, formatScenario(result)).toBe(true)
  expect(apiPaths(result)).toEqual(['/npay/partner/v1/pay-order/mall/product-orders/confirm'])
})

describe('over HTTP', () => {
  let listening: ListeningSandbox
  let sandbox: ReturnType<typeof createSandbox>
  beforeAll(async () => {
    sandbox = createSandbox({ seed: 1 })
    listening = await sandbox.listen({ port: 0 })
  })
  afterAll(() => sandbox.close())

  test('the Commerce example passes on a Commerce merchant of its own with a seller id', async () => {
    const before = new Set(sandbox.engine.merchants().map((m) => m.clientId))
    const result = await runScenario(
      parseScenario(EXAMPLE, scenarioExample(EXAMPLE)!),
      httpTarget(listening.origin),
    )
    expect(result.passed, formatScenario(result)).toBe(true)
    expectSellerPaths(result)
    const created = sandbox.engine.merchants().filter((m) => !before.has(m.clientId))
    expect(created.map((m) => apiOf(m))).toEqual(['commerce'])
    // The docs' seller ids look like ncp_1nsut9_01 [DOC example].
    expect(created[0]!.mallId).toMatch(/^ncp_[a-z0-9]{6}_01$/)
  })

  test('the hope-delivery example passes over HTTP too', async () => {
    const name = 'commerce-hope-delivery.yaml'
    const result = await runScenario(
      parseScenario(name, scenarioExample(name)!),
      httpTarget(listening.origin),
    )
    expect(result.passed, formatScenario(result)).toBe(true)
  })

  test('the Commerce API base URL is accepted as the target address too', async () => {
    expect(httpTarget(`${listening.origin}/external`).name).toBe(listening.origin)
  })
})

describe('a call the merchant API lacks is refused when the file is loaded', () => {
  test('changeHopeDelivery on an Npay mall merchant', () => {
    const text = `name: hope
steps:
  - create: { as: order }
  - call: changeHopeDelivery
    productOrder: order[0]
`
    expect(() => parseScenario('hope.yaml', text)).toThrow(ScenarioLoadError)
    expect(() => parseScenario('hope.yaml', text)).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioLoadError: hope.yaml: not a valid scenario file
        line 4: /steps/1/call changeHopeDelivery is an operation of the Commerce API only, and this file's merchant speaks the Npay mall API (with merchant: { api: commerce } it runs as an app of the Commerce API)]
    `)
  })

  test('getReviews on a Commerce merchant', () => {
    const text = `name: reviews
merchant: { api: commerce }
steps:
  - call: getReviews
`
    expect(() => parseScenario('reviews.yaml', text)).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioLoadError: reviews.yaml: not a valid scenario file
        line 4: /steps/0/call getReviews is an operation of the Npay mall API only, and this file's merchant speaks the Commerce API (with merchant: { api: npay } it runs as an app of the Npay mall API)]
    `)
  })

  test('an unknown API is a schema error', () => {
    const text = `name: bad
merchant: { api: smartstore }
steps:
  - create: { as: order }
`
    expect(() => parseScenario('bad.yaml', text)).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioLoadError: bad.yaml: not a valid scenario file
        /merchant/api must be equal to one of the allowed values: npay, commerce]
    `)
  })
})

describe('seeds on a Commerce merchant', () => {
  test('applySeed drives a Commerce merchant through the same transitions', () => {
    const engine = createEngine({ seed: 1, clock: 'frozen' })
    const shop = engine.createMerchant({ api: 'commerce' })
    const result = applySeed(engine, 'exchange-collected', { clientId: shop.clientId, count: 2 })
    expect(result.clientId).toBe(shop.clientId)
    expect(result.states).toEqual({ 'DELIVERED · OK · EXCHANGE/COLLECT_DONE': 2 })
    const [detail] = details(engine, result.productOrderIds, shop.clientId)
    expect(detail!.productOrder!.mallId).toBe(shop.mallId)
  })

  test('POST /__sandbox/scenarios/{name} seeds a Commerce merchant, whose orders its seller API reads', async () => {
    const app = createApp(createEngine({ seed: 1, clock: 'frozen' }))
    const fetch = (request: Request) => app.request(request)
    const control = createControlPlaneClient({ baseUrl: 'http://sandbox.test', fetch })
    const shop = await control.createMerchant({ body: { api: 'commerce' } })
    const seeded = await control.applyScenario({
      name: 'return-requested',
      body: { clientId: shop.clientId, count: 2 },
    })
    expect(seeded.clientId).toBe(shop.clientId)
    const seller = createNpayClient({
      api: 'commerce',
      clientId: shop.clientId,
      clientSecret: shop.clientSecret,
      baseUrl: 'http://sandbox.test/external',
      fetch,
    } as Parameters<typeof createNpayClient>[0])
    const { data } = await seller.queryProductOrders({ body: { productOrderIds: seeded.productOrderIds } })
    expect(data!.map((d) => [d.productOrder!.mallId, d.productOrder!.claimType])).toEqual([
      [shop.mallId, 'RETURN'],
      [shop.mallId, 'RETURN'],
    ])
    expect(shop.mallId).toMatch(/^ncp_/)
  })
})
