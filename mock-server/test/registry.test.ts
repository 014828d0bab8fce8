/**
 * The operation registry (docs/decisions/0002-operation-registry.md): every operation of both APIs is
 * mounted from its generated index by operationId, a mismatch fails when the app is built, and each
 * request is read, authenticated and validated once.
 */
import { createEngine } from '@npay-sandbox/engine'
import { BASE_PATH } from '@npay-sandbox/protocol'
import { controlPlaneOperationIndex, operationIndex } from '@npay-sandbox/schema'
import { Hono, type MiddlewareHandler } from 'hono'
import { HonoRequest } from 'hono/request'
import { afterEach, expect, test, vi } from 'vitest'
import { controlHandlers } from '../src/control/index.ts'
import type { AppEnv } from '../src/env.ts'
import { FAULT_HEADER } from '../src/middleware/faults-header.ts'
import {
  type ApiHandlers,
  type ControlHandlers,
  checkHandlers,
  mountApi,
  mountControl,
} from '../src/registry/index.ts'
import { orderHandlers } from '../src/routes/orders.ts'
import { settlementHandlers } from '../src/routes/settlement.ts'
import { tokenHandlers } from '../src/routes/token.ts'
import { harness, ORIGIN } from './harness.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

const pass: MiddlewareHandler<AppEnv> = (_c, next) => next()
const gateway = { lint: pass, rateLimit: pass, faults: pass }
const engine = createEngine()
const apiHandlers = (): Record<string, unknown> => ({
  ...tokenHandlers(engine),
  ...orderHandlers(engine),
  ...settlementHandlers(),
})
const unusedAppFetch = () => () => Promise.reject(new Error('not used'))
const mountApiWith = (handlers: Record<string, unknown>) => () =>
  mountApi(new Hono<AppEnv>(), engine, handlers as ApiHandlers, gateway)
const mountControlWith = (handlers: Record<string, unknown>) => () =>
  mountControl(new Hono<AppEnv>(), engine, handlers as ControlHandlers)

test('a handler for an operationId the real API lacks fails when the app is built', () => {
  const handlers = { ...apiHandlers(), getRefunds: () => new Response() }
  expect(mountApiWith(handlers)).toThrow('a handler for getRefunds, which npay-api lacks')
})

test('a real-API operation left without a handler fails when the app is built, naming it', () => {
  const { getVatDaily: _, ...handlers } = apiHandlers()
  expect(mountApiWith(handlers)).toThrow('no handler for getVatDaily')
})

test('a handler for an operationId the control plane lacks fails when the app is built', () => {
  const handlers = {
    ...controlHandlers(engine, unusedAppFetch),
    rewindClock: { tenant: 'none', handle: () => new Response() },
  }
  expect(mountControlWith(handlers)).toThrow('a handler for rewindClock, which control-plane lacks')
})

test('a control-plane operation left without a handler fails when the app is built, naming it', () => {
  const { reset: _, ...handlers } = controlHandlers(engine, unusedAppFetch)
  expect(mountControlWith(handlers)).toThrow('no handler for reset')
})

test('an operation listed as not emulated needs no handler, and every problem is named at once', () => {
  const index = [{ operationId: 'a' }, { operationId: 'b' }, { operationId: 'c' }]
  expect(() => checkHandlers('x', index, { a: 1 }, ['b', 'c'])).not.toThrow()
  expect(() => checkHandlers('x', index, { a: 1, b: 1, z: 1 }, ['b', 'y'])).toThrow(
    'operation registry of x: a handler for z, which x lacks; y listed as not emulated, which x lacks; b both handled and listed as not emulated; no handler for c (list it as not emulated if that is deliberate)',
  )
})

const filled = (template: string) => template.replace(/\{\w+\}/g, '1')

test.each(
  operationIndex.flatMap((op) => [op.path, ...op.aliases].map((path) => [op.operationId, op.method, path])),
)(
  '%s is mounted at %s %s: without a token it reaches the gateway, not the 404 of unknown paths',
  async (operationId, method, path) => {
    const h = harness()
    const res = await h.call(method, filled(path))
    // npay-api.yaml: the token endpoint answers 400 for missing parameters, every other operation 401.
    expect([res.status, ((await res.json()) as { code: string }).code]).toEqual(
      operationId === 'issueToken' ? [400, 'BAD_REQUEST'] : [401, 'GW.AUTHN'],
    )
  },
)

test.each(controlPlaneOperationIndex.map((op) => [op.operationId, op.method, op.path]))(
  '%s is mounted at %s %s',
  async (_, method, path) => {
    const h = harness()
    const res = await h.control(
      method,
      filled(path),
      method === 'GET' || method === 'DELETE' ? undefined : {},
    )
    const body = (await res.json()) as { code?: string }
    expect(body.code).not.toBe('GW.NOT_FOUND')
  },
)

test('an API call is authenticated once', async () => {
  const h = harness()
  const token = await h.token()
  const authenticate = vi.spyOn(h.sandbox.engine, 'authenticate')
  await h.call('POST', '/v1/pay-order/mall/product-orders/query', { token, body: { productOrderIds: ['1'] } })
  expect(authenticate).toHaveBeenCalledTimes(1)
})

test.each([
  ['an API call', 'POST', `${BASE_PATH}/v1/pay-order/mall/product-orders/query`, '{"productOrderIds":["1"]}'],
  [
    'a token request',
    'POST',
    `${BASE_PATH}/v1/oauth2/token`,
    'client_id=nobody&grant_type=client_credentials',
  ],
  ['a control-plane call', 'POST', '/__sandbox/orders', '{}'],
  ['a path that is no API', 'POST', `${BASE_PATH}/v1/nowhere`, '{"a":1}'],
])('the body of %s is read once', async (_, method, path, body) => {
  const h = harness()
  const token = await h.token()
  const text = vi.spyOn(HonoRequest.prototype, 'text')
  await h.sandbox.app.request(`${ORIGIN}${path}`, {
    method,
    body,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  })
  expect(text).toHaveBeenCalledTimes(1)
})

test('a path under the base that is no operation answers a fault header before its 404, and is journalled with its body', async () => {
  const h = harness()
  const res = await h.call('POST', '/v1/nowhere', {
    body: { a: 1 },
    headers: { [FAULT_HEADER]: 'GW.TIMEOUT.01' },
  })
  expect(res.status).toBe(504)
  expect((await h.call('POST', '/v1/nowhere', { body: { a: 2 } })).status).toBe(404)
  const { requests } = (await (await h.control('GET', '/__sandbox/requests?limit=1')).json()) as {
    requests: { id: string }[]
  }
  const entry = (await (await h.control('GET', `/__sandbox/requests/${requests[0]!.id}`)).json()) as {
    request: { body: unknown }
  }
  expect(entry.request.body).toEqual({ a: 2 })
})
