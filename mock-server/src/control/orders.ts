import {
  buildDetail,
  type Engine,
  isSandboxEvent,
  ORDER_WIDE_EVENTS,
  type ReadonlyProductOrderRecord,
  SANDBOX_EVENT_ACTORS,
  SandboxError,
  stateOf,
  stepsBefore,
  type Tenant,
} from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'
import { eventRefusal } from './event-refusal.ts'
import { orderList } from './order-list.ts'

function snapshot(s: ReturnType<typeof stateOf> | 'new') {
  if (s === 'new') return undefined
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))
}

export function inspection(engine: Engine, tenant: Tenant, record: ReadonlyProductOrderRecord) {
  const allowed = tenant.allowedMerchantActions(record.productOrderId)
  const state = stateOf(record)
  return {
    detail: buildDetail(record, tenant.order(record.orderId)!, {
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
    allowedActions: allowed,
    prerequisites: Object.fromEntries(
      tenant
        .merchantActions()
        .filter((action) => !allowed.includes(action))
        .map((action) => [action, stepsBefore(state, action) ?? null]),
    ),
  }
}

/**
 * createOrder, listProductOrders, inspectProductOrder and applyEvent.
 * @example mountControl(app, engine, { ...orderHandlers(engine), … })
 */
export function orderHandlers(engine: Engine) {
  return {
    createOrder: {
      tenant: 'merchant',
      handle: ({ tenant, body }, c) => {
        const { clientId: _clientId, ...input } = body
        return json(c, tenant.createOrder(input), 201)
      },
    },
    listProductOrders: {
      tenant: 'merchant',
      handle: ({ tenant, query }, c) => {
        tenant.tick()
        return json(c, orderList(tenant, query), 200)
      },
    },
    inspectProductOrder: {
      tenant: 'owner',
      handle: ({ tenant, path }, c) => {
        tenant.tick()
        return json(c, inspection(engine, tenant, recordOf(tenant, path.productOrderId)), 200)
      },
    },
    applyEvent: {
      tenant: 'owner',
      handle: ({ tenant, path, body }, c) => {
        const id = path.productOrderId
        const event = path.event
        tenant.tick()
        if (!isSandboxEvent(event)) throw new SandboxError(404, 'NOT_FOUND', `unknown event ${event}`)
        const targets = ORDER_WIDE_EVENTS.has(event)
          ? tenant.order(recordOf(tenant, id).orderId)!.productOrderIds
          : [id]
        const first = tenant.run(id, event, body, SANDBOX_EVENT_ACTORS[event])
        if (!first.ok) throw eventRefusal(tenant, id, event, new URL(c.req.url).origin)
        for (const other of targets)
          if (other !== id) tenant.run(other, event, body, SANDBOX_EVENT_ACTORS[event])
        return json(c, inspection(engine, tenant, recordOf(tenant, id)), 200)
      },
    },
  } satisfies ControlHandlers
}

/** A product order of the merchant the registry found as its owner. */
function recordOf(tenant: Tenant, productOrderId: string): ReadonlyProductOrderRecord {
  const record = tenant.productOrder(productOrderId)
  if (!record) throw new SandboxError(404, 'NOT_FOUND', `no product order ${productOrderId}`)
  return record
}
