import { expect, test } from 'vitest'
import { createControlPlaneClient, SandboxControlError } from '../src/index.ts'
import { json, ORIGIN } from './fake-npay-server.ts'

const productOrderId = '2024060712345601'

/** A control plane that knows one merchant and one product order, which has not been dispatched. */
function fakeControlPlane() {
  const seen: Request[] = []
  const fetch = async (request: Request) => {
    seen.push(request.clone())
    const url = new URL(request.url)
    if (url.pathname === '/__sandbox/merchants' && request.method === 'POST') {
      const body = (await request.json()) as { name?: string }
      return json(201, {
        clientId: 'app-1',
        clientSecret: '$2a$04$abcdefghijklmnopqrstuu',
        mallId: 'np_abc',
        name: body.name,
      })
    }
    if (url.pathname === `/__sandbox/product-orders/${productOrderId}/events/deliver`) {
      return json(409, {
        code: 'EVENT_NOT_ALLOWED',
        message: 'deliver is not allowed while the product order is PAYED',
        allowedEvents: ['buyer-cancel', 'change-address', 'admin-cancel'],
      })
    }
    if (url.pathname === '/__sandbox/health') return new Response('upstream down', { status: 502 })
    if (url.pathname === '/__sandbox/product-orders') return json(200, { productOrders: [] })
    return json(404, { code: 'NOT_FOUND', message: `no route ${url.pathname}` })
  }
  return {
    sandbox: createControlPlaneClient({ baseUrl: ORIGIN, fetch, headers: { 'X-Admin': 'yes' } }),
    seen,
  }
}

test('createMerchant sends its JSON body and returns the credentials', async () => {
  const { sandbox, seen } = fakeControlPlane()
  const merchant = await sandbox.createMerchant({ body: { name: 'test shop' } })
  expect(merchant).toMatchObject({ clientId: 'app-1', name: 'test shop' })
  expect(seen[0]?.headers.get('Content-Type')).toBe('application/json')
  expect(seen[0]?.headers.get('X-Admin')).toBe('yes')
})

test('a 409 from applyEvent surfaces allowedEvents on SandboxControlError', async () => {
  const { sandbox } = fakeControlPlane()
  const error = await sandbox.applyEvent({ productOrderId, event: 'deliver' }).catch((e) => e)
  expect(error).toBeInstanceOf(SandboxControlError)
  const { name, status, code, message, allowedEvents } = error as SandboxControlError
  expect({ name, status, code, message, allowedEvents }).toMatchInlineSnapshot(`
    {
      "allowedEvents": [
        "buyer-cancel",
        "change-address",
        "admin-cancel",
      ],
      "code": "EVENT_NOT_ALLOWED",
      "message": "deliver is not allowed while the product order is PAYED",
      "name": "SandboxControlError",
      "status": 409,
    }
  `)
})

test('a 404 carries the control plane code and message', async () => {
  const { sandbox } = fakeControlPlane()
  await expect(sandbox.getMerchant({ clientId: 'nobody' })).rejects.toMatchObject({
    status: 404,
    code: 'NOT_FOUND',
    message: 'no route /__sandbox/merchants/nobody',
    allowedEvents: undefined,
  })
})

test('a non-JSON control-plane error still becomes a SandboxControlError', async () => {
  const { sandbox } = fakeControlPlane()
  const error = await sandbox.health().catch((e) => e)
  expect(error).toBeInstanceOf(SandboxControlError)
  expect(error).toMatchObject({ status: 502, code: undefined, message: 'HTTP 502: upstream down' })
})

test('query parameters of the control plane are sent by name', async () => {
  const { sandbox, seen } = fakeControlPlane()
  await sandbox.listProductOrders({ clientId: 'app-1', productOrderStatus: 'PAYED', limit: 5 })
  expect(seen[0]?.url).toBe(
    `${ORIGIN}/__sandbox/product-orders?clientId=app-1&productOrderStatus=PAYED&limit=5`,
  )
})
