/**
 * The benchmarks' own seeding loop. Like every seed (design principle 7) it only creates orders and
 * drives them through the engine's events and merchant actions, so the data is a real history.
 * Deliberately independent of `scenarios/`: the benchmark must measure the engine, not a seed library.
 */
import type { Engine, EventName, Tenant } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'

export interface SeedPlan {
  /** Product orders to create. */
  productOrders: number
  /** Items (product orders) per order. */
  itemsPerOrder: number
  /** `placed`: one change event each (PAYED); `lifecycle`: ten change events each. */
  depth: 'placed' | 'lifecycle'
}

export interface SeedStats {
  productOrders: number
  orders: number
  changeEvents: number
  millis: number
  /** A `lastChangedFrom` instant halfway through the seeded history (virtual time), epoch ms. */
  midpoint: number
}

/** Orders driven through the lifecycle a batch at a time, so their change events interleave. */
const BATCH_ORDERS = 500
/** Virtual time between two lifecycle steps of a batch. */
const STEP_MS = 60_000

type Step = (tenant: Tenant, engine: Engine, orderId: string, ids: readonly string[]) => void

const CARRIER_EVENTS: ReadonlySet<EventName> = new Set(['deliver', 'collect-done', 'redeliver-done'])

const run =
  (event: EventName, input: Record<string, unknown> = {}): Step =>
  (tenant, _engine, _orderId, ids) => {
    for (const id of ids) {
      const result = tenant.run(id, event, input, CARRIER_EVENTS.has(event) ? 'carrier' : 'buyer')
      if (!result.ok) throw new Error(`seed: ${event} of ${id} failed with ${result.code}`)
    }
  }

const merchant =
  (action: Parameters<Engine['act']>[1], body: Record<string, unknown> = {}): Step =>
  (tenant, engine, _orderId, ids) => {
    for (const id of ids) {
      // The engine's own methods: the sandbox under test is the installed package's, not this workspace's.
      const result = engine.act(tenant, action, id, body)
      if (result.failProductOrderInfos?.length) throw new Error(`seed: ${action} of ${id} failed`)
    }
  }

/** One tracking number per order (104121 forbids sharing one across orders). */
const ship: Step = (tenant, engine, orderId, ids) => {
  const items = ids.map((productOrderId) => ({
    productOrderId,
    deliveryMethod: 'DELIVERY' as const,
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: `6${orderId.slice(-11)}`,
    dispatchDate: formatKst(tenant.now()),
  }))
  const result = engine.dispatch(tenant, items)
  if (result.failProductOrderInfos?.length) throw new Error(`seed: dispatch of order ${orderId} failed`)
}

const changeAddress = run('change-address')

/** Exchanged, then decided: 10 change events with the placement. */
const EXCHANGED: readonly Step[] = [
  changeAddress,
  changeAddress,
  changeAddress,
  ship,
  run('deliver'),
  run('buyer-exchange', { reason: 'COLOR_AND_SIZE' }),
  run('collect-done'),
  merchant('redeliverExchange', {
    reDeliveryMethod: 'DELIVERY',
    reDeliveryCompany: 'CJGLS',
    reDeliveryTrackingNumber: '512345678901',
  }),
  run('redeliver-done'),
  run('decide-purchase'),
]

/** Exchange refused, then returned: 10 change events with the placement. */
const RETURNED: readonly Step[] = [
  changeAddress,
  changeAddress,
  ship,
  run('deliver'),
  run('buyer-exchange', { reason: 'COLOR_AND_SIZE' }),
  run('collect-done'),
  merchant('rejectExchange', { rejectExchangeReason: '교환 사유가 확인되지 않습니다.' }),
  run('buyer-return', { reason: 'INTENT_CHANGED' }),
  run('collect-done'),
  merchant('approveReturn'),
]

/**
 * Seeds one tenant and reports how long it took.
 * @example const stats = seedTenant(engine, engine.tenant(), { productOrders: 1_000, itemsPerOrder: 2, depth: 'lifecycle' })
 */
export function seedTenant(engine: Engine, tenant: Tenant, plan: SeedPlan): SeedStats {
  const started = performance.now()
  const orderCount = Math.ceil(plan.productOrders / plan.itemsPerOrder)
  const items = Array.from({ length: plan.itemsPerOrder }, () => ({}))
  const startAt = tenant.now()
  for (let first = 0; first < orderCount; first += BATCH_ORDERS) {
    const batch: { orderId: string; productOrderIds: string[] }[] = []
    for (let i = first; i < Math.min(first + BATCH_ORDERS, orderCount); i++)
      batch.push(tenant.createOrder({ items }))
    if (plan.depth === 'lifecycle') {
      for (let step = 0; step < EXCHANGED.length; step++) {
        tenant.advance(STEP_MS)
        for (const [i, order] of batch.entries()) {
          const path = (first + i) % 2 === 0 ? EXCHANGED : RETURNED
          path[step]!(tenant, engine, order.orderId, order.productOrderIds)
        }
      }
    }
    tenant.advance(STEP_MS)
  }
  const { productOrders, orders } = tenant.counts()
  return {
    productOrders,
    orders,
    changeEvents: tenant.log.size,
    millis: performance.now() - started,
    midpoint: startAt + Math.round((tenant.now() - startAt) / 2),
  }
}
