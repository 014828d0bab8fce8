/**
 * Measurements without a socket: the typed client through MSW against `app.request`, and the cost of
 * a fresh tenant with orders.
 */
import { createNpayClient } from '@npay-sandbox/client'
import { createEngine, DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { createSandbox } from '@npay-sandbox/mock-server'
import { BASE_PATH } from '@npay-sandbox/protocol'
import { setupServer } from 'msw/node'

/** Mean of the round means, after dropping the slowest round (a GC pause or a busy neighbour). */
function trimmedMean(rounds: number[]): number {
  const sorted = [...rounds].sort((a, b) => a - b)
  const kept = sorted.length > 2 ? sorted.slice(0, -1) : sorted
  return kept.reduce((a, b) => a + b, 0) / kept.length
}

/** Runs `fn` in rounds, interleaving the contenders so drift of the machine hits all of them alike. */
async function compare(
  contenders: Record<string, () => Promise<unknown>>,
  { rounds, perRound }: { rounds: number; perRound: number },
): Promise<Record<string, number>> {
  const times: Record<string, number[]> = {}
  for (const name of Object.keys(contenders)) times[name] = []
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const started = performance.now()
      for (let i = 0; i < perRound; i++) await fn()
      times[name]!.push(((performance.now() - started) * 1000) / perRound)
    }
  }
  const out: Record<string, number> = {}
  for (const [name, list] of Object.entries(times)) out[name] = trimmedMean(list)
  return out
}

/** Mean microseconds per `queryProductOrders` call (10 ids, response body parsed). */
export interface TransportLatency {
  appRequest: number
  clientAppRequest: number
  clientMsw: number
}

/** The same call three ways: raw `app.request`, the typed client over `app.request`, and over MSW. */
export async function transportLatency(): Promise<TransportLatency> {
  const sandbox = createSandbox({ seed: 1 })
  const tenant = sandbox.engine.tenant()
  for (let i = 0; i < 500; i++) tenant.createOrder({ items: [{}, {}] })
  const ids = [...tenant.productOrderRecords()].map((r) => r.productOrderId).slice(0, 10)
  const credentials = { clientId: DEFAULT_MERCHANT.clientId, clientSecret: DEFAULT_MERCHANT.clientSecret }
  const viaApp = createNpayClient({
    ...credentials,
    baseUrl: `http://sandbox.test${BASE_PATH}`,
    fetch: (request) => sandbox.app.request(request),
  })
  const token = await viaApp.token()
  const viaMsw = createNpayClient(credentials)
  const server = setupServer(...sandbox.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  try {
    const body = JSON.stringify({ productOrderIds: ids })
    const contenders = {
      appRequest: async () => {
        const response = await sandbox.app.request(`${BASE_PATH}/v1/pay-order/mall/product-orders/query`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        })
        return response.json()
      },
      clientAppRequest: () => viaApp.queryProductOrders({ body: { productOrderIds: ids } }),
      clientMsw: () => viaMsw.queryProductOrders({ body: { productOrderIds: ids } }),
    }
    const first = (await contenders.clientMsw()) as { data?: unknown[] }
    if (first.data?.length !== 10) throw new Error('bench: the MSW call did not return 10 product orders')
    await compare(contenders, { rounds: 2, perRound: 300 })
    const micros = await compare(contenders, { rounds: 6, perRound: 300 })
    return {
      appRequest: micros.appRequest!,
      clientAppRequest: micros.clientAppRequest!,
      clientMsw: micros.clientMsw!,
    }
  } finally {
    server.close()
  }
}

export interface FreshTenantCost {
  /** A new merchant on a running engine, plus 10 orders: what an isolated test pays. */
  tenantMillis: number
  /** A whole new sandbox (engine, app) plus 10 orders, for comparison. */
  sandboxMillis: number
}

export function freshTenantCost(): FreshTenantCost {
  const engine = createEngine({ seed: 1 })
  const tenantOnce = () => {
    const tenant = engine.tenant(engine.createMerchant().clientId)
    for (let i = 0; i < 10; i++) tenant.createOrder()
  }
  const sandboxOnce = () => {
    const tenant = createSandbox({ seed: 1 }).engine.tenant()
    for (let i = 0; i < 10; i++) tenant.createOrder()
  }
  const time = (fn: () => void, n: number) => {
    for (let i = 0; i < Math.min(50, n); i++) fn()
    const started = performance.now()
    for (let i = 0; i < n; i++) fn()
    return (performance.now() - started) / n
  }
  return { tenantMillis: time(tenantOnce, 300), sandboxMillis: time(sandboxOnce, 50) }
}
