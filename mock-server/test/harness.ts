/** A fresh emulator per test, driven through `app.request` with raw HTTP, for status/header/body checks. */
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { formatKst, signClientSecret } from '@npay-sandbox/protocol'
import { createSandbox, type Sandbox, type SandboxOptions } from '../src/index.ts'

export const BASE = 'http://emulator.test/npay/partner'
export const ORIGIN = 'http://emulator.test'

export interface Harness {
  sandbox: Sandbox
  call(
    method: string,
    path: string,
    init?: { body?: unknown; token?: string; headers?: Record<string, string> },
  ): Promise<Response>
  control(method: string, path: string, body?: unknown): Promise<Response>
  token(credentials?: { clientId: string; clientSecret: string }): Promise<string>
  order(body?: Record<string, unknown>): Promise<{ orderId: string; productOrderIds: string[] }>
  /** Dispatches one product order through the real API (CJGLS, a fresh tracking number, dated now). */
  dispatch(productOrderId: string, token?: string): Promise<void>
}

export function tokenForm(clientId: string, clientSecret: string, timestamp = Date.now()): URLSearchParams {
  return new URLSearchParams({
    client_id: clientId,
    timestamp: String(timestamp),
    grant_type: 'client_credentials',
    client_secret_sign: signClientSecret(clientId, clientSecret, timestamp),
    type: 'SELF',
  })
}

export function harness(options: SandboxOptions = {}): Harness {
  let shipped = 0
  const sandbox = createSandbox({ clock: 'frozen', startTime: Date.UTC(2024, 4, 15, 1), ...options })
  const h: Harness = {
    sandbox,
    call: async (method, path, init = {}) =>
      sandbox.app.request(`${BASE}${path}`, {
        method,
        headers: {
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...init.headers,
        },
        ...(init.body === undefined
          ? {}
          : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
      }),
    control: async (method, path, body) =>
      sandbox.app.request(`${ORIGIN}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    async token(credentials = DEFAULT_MERCHANT) {
      const res = await sandbox.app.request(`${BASE}/v1/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: tokenForm(credentials.clientId, credentials.clientSecret),
      })
      if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`)
      return ((await res.json()) as { access_token: string }).access_token
    },
    async order(body = {}) {
      const res = await h.control('POST', '/__sandbox/orders', body)
      if (res.status !== 201) throw new Error(`order: ${res.status} ${await res.text()}`)
      return (await res.json()) as { orderId: string; productOrderIds: string[] }
    },
    async dispatch(productOrderId, token) {
      const item = {
        productOrderId,
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: `6${String(++shipped).padStart(11, '0')}`,
        dispatchDate: formatKst(sandbox.engine.tenant().now()),
      }
      const res = await h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', {
        token: token ?? (await h.token()),
        body: { dispatchProductOrders: [item] },
      })
      const data = ((await res.json()) as { data?: { successProductOrderIds?: string[] } }).data
      if (!data?.successProductOrderIds?.includes(productOrderId))
        throw new Error(`dispatch of ${productOrderId}: ${res.status} ${JSON.stringify(data)}`)
    },
  }
  return h
}
