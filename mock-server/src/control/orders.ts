import {
  buildDetail,
  type CreateOrderInput,
  type Engine,
  type EventInput,
  isSandboxEvent,
  ORDER_WIDE_EVENTS,
  type ProductOrderRecord,
  SANDBOX_EVENT_ACTORS,
  SandboxError,
  stateOf,
  type Tenant,
} from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import { json } from '../respond.ts'
import { eventRefusal } from './event-refusal.ts'
import { type Register, tenantOf } from './index.ts'

function snapshot(s: ReturnType<typeof stateOf> | 'new') {
  if (s === 'new') return undefined
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))
}

export function inspection(engine: Engine, tenant: Tenant, record: ProductOrderRecord) {
  return {
    detail: buildDetail(record, tenant.orders.get(record.orderId)!, {
      deprecatedClaimBlocks: engine.options.deprecatedClaimBlocks,
    }),
    history: record.history.map((h) => ({
      at: formatKst(h.at),
      actor: h.actor,
      event: h.event,
      rowId: h.rowId,
      ...(h.lastChangedType ? { lastChangedType: h.lastChangedType } : {}),
      ...(h.from === 'new' ? {} : { from: snapshot(h.from) }),
      to: snapshot(h.to),
    })),
    allowedEvents: tenant.allowedSandboxEvents(record.productOrderId),
    allowedActions: tenant.allowedMerchantActions(record.productOrderId),
  }
}

function owned(engine: Engine, productOrderId: string): { tenant: Tenant; record: ProductOrderRecord } {
  const tenant = engine.ownerOfProductOrder(productOrderId)
  const record = tenant?.productOrders.get(productOrderId)
  if (!tenant || !record) throw new SandboxError(404, 'NOT_FOUND', `no product order ${productOrderId}`)
  return { tenant, record }
}

export function orderRoutes(register: Register, engine: Engine) {
  register('POST', '/__sandbox/orders', 'createOrder', (c, req) => {
    const body = (req.body ?? {}) as CreateOrderInput & { clientId?: string }
    const { clientId, ...input } = body
    return json(c, tenantOf(engine, c, clientId).createOrder(input), 201)
  })

  register('GET', '/__sandbox/product-orders', 'listProductOrders', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    tenant.tick()
    const limit = typeof req.query.limit === 'number' ? req.query.limit : 100
    const out = []
    const records = [...tenant.productOrders.values()].sort(
      (a, b) => b.times.lastChanged - a.times.lastChanged,
    )
    for (const r of records) {
      const s = stateOf(r)
      if (req.query.productOrderStatus && s.productOrderStatus !== req.query.productOrderStatus) continue
      if (req.query.claimType && s.claimType !== req.query.claimType) continue
      const order = tenant.orders.get(r.orderId)!.order
      out.push({
        productOrderId: r.productOrderId,
        orderId: r.orderId,
        ...snapshot(s),
        productName: r.productOrder.productName,
        totalPaymentAmount: r.productOrder.totalPaymentAmount,
        orderDate: order.orderDate,
        ...(order.paymentDate ? { paymentDate: order.paymentDate } : {}),
        lastChangedDate: formatKst(r.times.lastChanged),
      })
      if (out.length >= limit) break
    }
    return json(c, { productOrders: out }, 200)
  })

  register('GET', '/__sandbox/product-orders/:productOrderId', 'inspectProductOrder', (c, req) => {
    const { tenant } = owned(engine, req.path.productOrderId!)
    c.set('tenant', tenant)
    tenant.tick()
    return json(c, inspection(engine, tenant, tenant.productOrders.get(req.path.productOrderId!)!), 200)
  })

  register('POST', '/__sandbox/product-orders/:productOrderId/events/:event', 'applyEvent', (c, req) => {
    const id = req.path.productOrderId!
    const event = req.path.event!
    const { tenant } = owned(engine, id)
    c.set('tenant', tenant)
    tenant.tick()
    if (!isSandboxEvent(event)) throw new SandboxError(404, 'NOT_FOUND', `unknown event ${event}`)
    const input = (req.body ?? {}) as EventInput
    const targets = ORDER_WIDE_EVENTS.has(event)
      ? tenant.orders.get(tenant.productOrders.get(id)!.orderId)!.productOrderIds
      : [id]
    const first = tenant.run(id, event, input, SANDBOX_EVENT_ACTORS[event])
    if (!first.ok) throw eventRefusal(tenant, id, event, new URL(c.req.url).origin)
    for (const other of targets)
      if (other !== id) tenant.run(other, event, input, SANDBOX_EVENT_ACTORS[event])
    return json(c, inspection(engine, tenant, tenant.productOrders.get(id)!), 200)
  })
}
