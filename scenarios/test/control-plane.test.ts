import { createControlPlaneClient, createNpayClient, SandboxControlError } from '@npay-sandbox/client'
import { createEngine, DEFAULT_MERCHANT, TRANSITIONS } from '@npay-sandbox/engine'
import { expect, test } from 'vitest'
import { createApp } from '../../mock-server/src/app.ts'

function sandbox() {
  const app = createApp(createEngine({ seed: 1, clock: 'frozen' }))
  const fetch = (request: Request) => app.request(request)
  return {
    app,
    control: createControlPlaneClient({ baseUrl: 'http://sandbox.test', fetch }),
    api: createNpayClient({ ...DEFAULT_MERCHANT, baseUrl: 'http://sandbox.test/npay/partner', fetch }),
  }
}

test('GET /__sandbox/scenarios lists every seed with its description, promise and parameters', async () => {
  const { scenarios } = await sandbox().control.listScenarios()
  const holdback = scenarios.find((s) => s.name === 'return-on-holdback')!
  expect(holdback.promise).toEqual({
    productOrderStatus: 'DELIVERED',
    claimType: 'RETURN',
    claimStatus: 'COLLECT_DONE',
    holdbackStatus: 'HOLDBACK',
  })
  expect(scenarios.find((s) => s.name === 'busy-shop')).toMatchObject({
    movesClock: true,
    params: [{ name: 'days', default: 14 }],
  })
})

test('POST /__sandbox/scenarios/{name} seeds through transitions and returns the ids it created', async () => {
  const { control, api } = sandbox()
  const result = await control.applyScenario({ name: 'return-on-holdback', body: { count: 2, seed: 4 } })
  expect(result).toMatchObject({ scenario: 'return-on-holdback', count: 2, seed: 4, refused: 0 })
  expect(result.states).toEqual({ 'DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK': 2 })
  const { data } = await api.queryProductOrders({ body: { productOrderIds: result.productOrderIds } })
  expect(data!.map((d) => d.currentClaim?.return?.holdbackStatus)).toEqual(['HOLDBACK', 'HOLDBACK'])
})

test('the route answers 201 and seeds the merchant named by clientId', async () => {
  const { app, control } = sandbox()
  const shop = await control.createMerchant({ body: { name: '두번째 가게' } })
  const res = await app.request('/__sandbox/scenarios/delivered', {
    method: 'POST',
    body: JSON.stringify({ clientId: shop.clientId, count: 3 }),
    headers: { 'content-type': 'application/json' },
  })
  expect(res.status).toBe(201)
  expect((await control.listProductOrders({ clientId: shop.clientId })).productOrders).toHaveLength(3)
  expect((await control.listProductOrders()).productOrders).toHaveLength(0)
})

test('an unknown scenario is 404 and bad parameters are 400', async () => {
  const { control } = sandbox()
  await expect(control.applyScenario({ name: 'nope', body: {} })).rejects.toMatchObject({
    status: 404,
    code: 'NOT_FOUND',
  })
  await expect(
    control.applyScenario({ name: 'busy-shop', body: { params: { days: 0 } } }),
  ).rejects.toMatchObject({
    status: 400,
    code: 'BAD_REQUEST',
    message: 'days must be an integer from 1 to 90, got 0',
  })
  await expect(control.applyScenario({ name: 'delivered', body: { count: 0 } })).rejects.toBeInstanceOf(
    SandboxControlError,
  )
})

test('GET /__sandbox/coverage reports the rows a merchant went through and error codes it received', async () => {
  const { control, api } = sandbox()
  const { productOrderIds } = await control.applyScenario({ name: 'seller-cancelled', body: {} })
  await api.dispatchProductOrders({
    body: {
      dispatchProductOrders: [
        {
          productOrderId: productOrderIds[0]!,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: '612345678901',
          dispatchDate: (await control.getClock()).now,
        },
      ],
    },
  })
  const coverage = await control.getCoverage()
  expect(coverage.covered).toEqual(['N2', 'C6', 'C7a'])
  expect(coverage.uncovered).toContain('R6')
  expect(coverage.percent).toBe(Math.round((3 / TRANSITIONS.length) * 1000) / 10)
  expect(coverage.errorCodes.find((c) => c.code === '9999')?.count).toBe(1)
})
