/**
 * The control plane and the dashboard as an attacker's web page meets them (issue #17): simple cross-site
 * writes, a forged Origin, a DNS-rebinding Host, and the admin token. Through `app.request`, so a request
 * carries the Host header a browser would send; requests without one are in-process and pass.
 */
import { createEngine, DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { expect, test } from 'vitest'
import { type AppOptions, createApp } from '../src/index.ts'

const SECRET_FREE = expect.not.stringContaining(DEFAULT_MERCHANT.clientSecret)

function app(options: AppOptions = {}) {
  const a = createApp(createEngine({ seed: 1, clock: 'frozen' }), options)
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    a.request(`http://localhost:8787${path}`, { method, headers, ...(body === undefined ? {} : { body }) })
  const orders = async () =>
    ((await (await send('GET', '/__sandbox/product-orders')).json()) as { productOrders: unknown[] })
      .productOrders.length
  const placeOrder = () => send('POST', '/__sandbox/orders', { 'content-type': 'application/json' }, '{}')
  return { send, orders, placeOrder }
}

const read = async (res: Response) => ({ status: res.status, body: await res.json() })

test('a text/plain reset from another site is refused and wipes nothing', async () => {
  const s = app()
  await s.placeOrder()
  const res = await s.send('POST', '/__sandbox/reset', {
    'content-type': 'text/plain',
    origin: 'http://evil.example',
  })
  expect(await read(res)).toMatchInlineSnapshot(`
    {
      "body": {
        "code": "FORBIDDEN_ORIGIN",
        "message": "POST /__sandbox/reset comes from a page at http://evil.example: the control plane takes changes from its own origin and the origins given with --allowed-origin only",
        "origin": "http://evil.example",
      },
      "status": 403,
    }
  `)
  expect(await s.orders()).toBe(1)
})

test.each<[string, Record<string, string>]>([
  ['no content type', {}],
  ['text/plain', { 'content-type': 'text/plain' }],
  ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
  ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
])('an order sent with %s is refused with 415 and creates nothing', async (_name, headers) => {
  const s = app()
  const res = await s.send('POST', '/__sandbox/orders', headers, headers['content-type'] ? '{}' : undefined)
  expect(res.status).toBe(415)
  expect(((await res.json()) as { code: string }).code).toBe('UNSUPPORTED_MEDIA_TYPE')
  expect(await s.orders()).toBe(0)
})

test('a bodiless change without a content type says what to send', async () => {
  const s = app()
  expect(await read(await s.send('POST', '/__sandbox/reset'))).toMatchInlineSnapshot(`
    {
      "body": {
        "code": "UNSUPPORTED_MEDIA_TYPE",
        "contentType": null,
        "message": "POST /__sandbox/reset changes the sandbox and must be sent with content-type: application/json (got none), even without a body: a page on another site cannot send that type without the browser asking first",
      },
      "status": 415,
    }
  `)
})

test.each([
  ['application/json', 201],
  ['application/json; charset=utf-8', 201],
  ['Application/JSON', 201],
])('an order sent as %s is placed', async (type, status) => {
  const s = app()
  expect((await s.send('POST', '/__sandbox/orders', { 'content-type': type }, '{}')).status).toBe(status)
})

test.each([
  ["the server's own origin", 'http://localhost:8787', {}, 201],
  ['its own host behind a TLS proxy', 'https://localhost:8787', {}, 201],
  ['an allowed origin', 'https://qa.example.com', { allowedOrigins: ['https://qa.example.com'] }, 201],
  ['another port of the same name', 'http://localhost:3000', {}, 403],
  [
    'an allowed origin over another scheme',
    'http://qa.example.com',
    { allowedOrigins: ['https://qa.example.com'] },
    403,
  ],
  ['a sandboxed frame (null)', 'null', {}, 403],
  ['another site', 'https://evil.example', { allowedOrigins: ['https://qa.example.com'] }, 403],
])('a JSON order from %s answers %i', async (_name, origin, options, status) => {
  const s = app(options as AppOptions)
  const res = await s.send('POST', '/__sandbox/orders', { 'content-type': 'application/json', origin }, '{}')
  expect(res.status).toBe(status)
  expect(await s.orders()).toBe(status === 201 ? 1 : 0)
})

test.each([
  '/__sandbox/merchants/npaySandboxDefaultApp1',
  '/__sandbox/state',
  '/__sandbox/merchants',
  '/__sandbox/ui',
  '/__sandbox/ui/assets/js/api.js',
])('a DNS-rebinding Host (evil.example) gets 403 for GET %s, with no secret', async (path) => {
  const res = await app().send('GET', path, { host: 'evil.example:8787' })
  const text = await res.text()
  expect(res.status).toBe(403)
  expect(JSON.parse(text).code).toBe('FORBIDDEN_HOST')
  expect(text).toEqual(SECRET_FREE)
})

test('the 403 for a foreign Host names what is answered', async () => {
  const res = await app().send('GET', '/__sandbox/state', { host: 'evil.example' })
  expect(await read(res)).toMatchInlineSnapshot(`
    {
      "body": {
        "code": "FORBIDDEN_HOST",
        "host": "evil.example",
        "message": "Host "evil.example" is not a name of this sandbox: the control plane and the dashboard answer localhost, IP addresses, the address the server listens on and the names given with --allowed-host (a DNS-rebinding page would send its own name)",
      },
      "status": 403,
    }
  `)
})

test.each([
  ['localhost:8787', 200],
  ['LOCALHOST', 200],
  ['shop.localhost:8787', 200],
  ['127.0.0.1:8787', 200],
  ['127.8.9.10', 200],
  ['[::1]:8787', 200],
  ['192.168.0.10:8787', 200],
  ['[fd00::5]', 200],
  ['qa.internal', 200],
  ['QA.internal:8787', 200],
  ['box.lab.example', 200],
  ['lab.example', 200],
  ['evil.example', 403],
  ['localhost.evil.example', 403],
  ['127.0.0.1.nip.io', 403],
  ['qa.internal.evil.example', 403],
  ['notlab.example', 403],
  ['', 403],
  ['user@localhost', 403],
])('with --allowed-host qa.internal and .lab.example, Host %j answers %i', async (host, status) => {
  const s = app({ allowedHosts: ['qa.internal', '.lab.example'] })
  expect((await s.send('GET', '/__sandbox/clock', { host })).status).toBe(status)
})

test('the real API paths answer any Host: their bearer tokens protect them', async () => {
  const res = await app().send(
    'GET',
    '/npay/partner/v1/pay-order/mall/product-orders/last-changed-statuses',
    {
      host: 'evil.example',
    },
  )
  expect(res.status).toBe(401)
  expect(await res.text()).toContain('GW.AUTHN')
})

test('a preflight from another site gets no CORS permission, nor does any answer', async () => {
  const s = app()
  const preflight = await s.send('OPTIONS', '/__sandbox/reset', {
    origin: 'http://evil.example',
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type',
  })
  const read = await s.send('GET', '/__sandbox/state', { origin: 'http://evil.example' })
  for (const res of [preflight, read]) {
    expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([])
  }
})

test('in-process requests carry no Host and pass, whatever name their URL uses', async () => {
  const a = createApp(createEngine({ seed: 1 }))
  const json = { 'content-type': 'application/json' }
  expect((await a.request('/__sandbox/state')).status).toBe(200)
  expect((await a.request('http://emulator.test/__sandbox/merchants')).status).toBe(200)
  const order = await a.request('http://bench.test/__sandbox/orders', {
    method: 'POST',
    headers: json,
    body: '{}',
  })
  expect(order.status).toBe(201)
})

test.each([
  ['no Authorization', {}, 'this sandbox requires its admin token'],
  ['a wrong token', { authorization: 'Bearer nope' }, 'the admin token does not match'],
  ['another scheme', { authorization: 'Basic czNjcmV0' }, 'the admin token does not match'],
  [
    'the token with a prefix missing',
    { authorization: 'Bearer s3cret-admin' },
    'the admin token does not match',
  ],
])('with an admin token, a request with %s is 401 and reveals no secret', async (_name, headers, message) => {
  const s = app({ adminToken: 's3cret-admin-token' })
  const res = await s.send('GET', '/__sandbox/merchants/npaySandboxDefaultApp1', headers)
  expect(res.status).toBe(401)
  expect(res.headers.get('www-authenticate')).toBe('Bearer realm="npay-sandbox control plane"')
  const body = await res.text()
  expect(JSON.parse(body)).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining(message) })
  expect(body).toEqual(SECRET_FREE)
})

test('with an admin token, changes need it too', async () => {
  const s = app({ adminToken: 's3cret-admin-token' })
  const json = { 'content-type': 'application/json' }
  expect((await s.send('POST', '/__sandbox/orders', json, '{}')).status).toBe(401)
  expect((await s.send('PUT', '/__sandbox/state', json, '{}')).status).toBe(401)
  const auth = { ...json, authorization: 'Bearer s3cret-admin-token' }
  expect((await s.send('POST', '/__sandbox/orders', auth, '{}')).status).toBe(201)
})

test('the admin sees merchant secrets; health, the dashboard files and the API need no admin token', async () => {
  const s = app({ adminToken: 's3cret-admin-token' })
  const merchant = await s.send('GET', '/__sandbox/merchants/npaySandboxDefaultApp1', {
    authorization: 'bearer s3cret-admin-token',
  })
  expect(await merchant.json()).toMatchObject({ clientSecret: DEFAULT_MERCHANT.clientSecret })
  expect((await s.send('GET', '/__sandbox/health')).status).toBe(200)
  const page = await s.send('GET', '/__sandbox/ui')
  expect(page.status).toBe(200)
  expect(await page.text()).toEqual(SECRET_FREE)
  const api = await s.send('GET', '/npay/partner/v1/pay-order/mall/product-orders/last-changed-statuses')
  expect(await api.text()).toContain('GW.AUTHN')
})

test('the admin token does not open the door to a foreign Host', async () => {
  const s = app({ adminToken: 's3cret-admin-token' })
  const res = await s.send('GET', '/__sandbox/state', {
    host: 'evil.example',
    authorization: 'Bearer s3cret-admin-token',
  })
  expect(res.status).toBe(403)
})

test.each([
  [{ allowedOrigins: ['qa.example.com'] }, /allowed origin must be scheme:\/\/host/],
  [{ allowedOrigins: ['https://qa.example.com/app'] }, /allowed origin must be/],
  [{ allowedOrigins: ['ftp://qa.example.com'] }, /allowed origin must be/],
  [{ allowedHosts: ['qa.example.com:8787'] }, /allowed host must be a host name without port/],
  [{ allowedHosts: ['http://qa.example.com'] }, /allowed host must be/],
  [{ allowedHosts: ['.'] }, /allowed host must be/],
  [{ adminToken: '' }, /admin token must be non-empty printable ASCII/],
  [{ adminToken: 'has space' }, /admin token must be/],
])('createApp(%j) refuses the options at once', (options, message) => {
  expect(() => createApp(createEngine(), options as AppOptions)).toThrow(message)
})
