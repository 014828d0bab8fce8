/** Shared fixtures of the engine tests: a deterministic engine and a way to drive real orders. */
import { formatKst, NpayError, renderErrorBody } from '@npay-sandbox/protocol'
import { expect } from 'vitest'
import {
  type Actor,
  act,
  type CreateOrderInput,
  confirm,
  createEngine,
  dispatch,
  type Engine,
  type EngineOptions,
  type EventInput,
  type EventName,
  isMerchantAction,
  lastChangedStatuses,
  queryProductOrders,
  stateOf,
  type Tenant,
  TRANSITIONS,
} from '../src/index.ts'

/** Virtual start of every test: 2024-05-15 10:00 KST. */
export const START = Date.UTC(2024, 4, 15, 1)
/** The wall clock that signature timestamps are checked against. */
export const WALL = Date.UTC(2024, 4, 15, 1, 30)
export const DAY = 86_400_000
export const HOUR = 3_600_000
export const MINUTE = 60_000

/** A fresh engine with a frozen clock, for one test. */
export function newEngine(options: EngineOptions = {}): Engine {
  return createEngine({ clock: 'frozen', startTime: START, wallClock: () => WALL, ...options })
}

let tracking = 100_000_000_000
/** A valid tracking number never used before in this test file. */
export function freshTracking(): string {
  tracking += 1
  return String(tracking)
}

/** An input that satisfies what the event's effects read; `overrides` replace parts of it. */
export function inputFor(tenant: Tenant, event: EventName, overrides: EventInput = {}): EventInput {
  const now = tenant.now()
  const base: Partial<Record<EventName, EventInput>> = {
    dispatchProductOrders: {
      dispatch: {
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: freshTracking(),
        dispatchDate: now,
      },
    },
    delayDispatch: {
      delay: { dispatchDueDate: now + 7 * DAY, reason: 'PRODUCT_PREPARE', detailedReason: '입고 지연' },
    },
    requestCancel: { reason: 'SOLD_OUT' },
    'buyer-cancel': { reason: 'INTENT_CHANGED' },
    'admin-cancel': { reason: 'INCORRECT_INFO' },
    requestReturn: { reason: 'BROKEN', collect: { deliveryMethod: 'RETURN_DESIGNATED' } },
    'buyer-return': { reason: 'BROKEN' },
    'buyer-exchange': { reason: 'COLOR_AND_SIZE' },
    holdbackReturn: { holdback: { classType: 'RETURN_DELIVERYFEE', detailedReason: '반품 배송비 미입금' } },
    holdbackExchange: {
      holdback: { classType: 'EXCHANGE_DELIVERYFEE', detailedReason: '교환 배송비 미입금' },
    },
    redeliverExchange: {
      redelivery: { deliveryMethod: 'DELIVERY', deliveryCompany: 'CJGLS', trackingNumber: freshTracking() },
    },
    rejectReturn: { rejectReason: '반품 사유 불충분' },
    rejectExchange: { rejectReason: '교환 사유 불충분' },
    changeHopeDelivery: {
      hopeDelivery: { hopeDeliveryYmd: '20991231', changeReason: '구매자 요청', changer: '판매자 API' },
    },
  }
  return { ...base[event], ...overrides }
}

/** Who performs an event when a test drives it: the merchant for API actions, else the table's actor. */
export function actorOf(event: EventName): Actor {
  if (isMerchantAction(event)) return 'merchant'
  return TRANSITIONS.find((row) => row.event === event)?.actor ?? 'platform'
}

export type PathStep = EventName | { event: EventName; input: EventInput }

/** Applies one step to a real product order through `tenant.run`; throws when the step is refused. */
export function step(tenant: Tenant, productOrderId: string, s: PathStep) {
  const event = typeof s === 'string' ? s : s.event
  const input = inputFor(tenant, event, typeof s === 'string' ? {} : s.input)
  const result = tenant.run(productOrderId, event, input, actorOf(event))
  if (!result.ok) throw new Error(`${event} was refused with ${result.code} on the way`)
  return result
}

/**
 * Places a one-item order and drives it through `path` with real events.
 * @example reach(tenant, ['dispatchProductOrders', 'deliver', 'buyer-return']) // productOrderId
 */
export function reach(tenant: Tenant, path: readonly PathStep[], order: CreateOrderInput = {}): string {
  const id = tenant.createOrder(order).productOrderIds[0]!
  for (const s of path) step(tenant, id, s)
  return id
}

/** Every change-log row of the tenant, in (lastChangedDate, productOrderId) order. */
export function allChanges(tenant: Tenant) {
  return tenant.log.page({
    from: Number.NEGATIVE_INFINITY,
    to: Number.POSITIVE_INFINITY,
    limit: Number.MAX_SAFE_INTEGER,
  }).rows
}

/** The lastChangedTypes appended for one product order, oldest first. */
export function changeTypes(tenant: Tenant, productOrderId: string): string[] {
  return allChanges(tenant)
    .filter((row) => row.productOrderId === productOrderId)
    .map((row) => row.lastChangedType)
}

/** A fresh engine with the API functions bound to its default merchant, as the HTTP layer calls them. */
export function sandbox(options: EngineOptions = {}) {
  const engine = newEngine(options)
  const tenant = engine.tenant()
  const owner = engine.ownerOfProductOrder
  const dispatchItem = (
    productOrderId: string,
    item: Partial<DispatchProductOrder> = {},
  ): DispatchProductOrder => ({
    productOrderId,
    deliveryMethod: 'DELIVERY',
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: freshTracking(),
    dispatchDate: formatKst(tenant.now()),
    ...item,
  })
  return {
    engine,
    tenant,
    order: (input: CreateOrderInput = {}) => tenant.createOrder(input).productOrderIds[0]!,
    confirm: (...ids: string[]) => confirm(tenant, ids, owner),
    dispatch: (...items: DispatchProductOrder[]) =>
      dispatch(tenant, items, owner, engine.usedTrackingNumbers),
    dispatchItem,
    ship: (id: string) => dispatch(tenant, [dispatchItem(id)], owner, engine.usedTrackingNumbers),
    act: (action: SingleAction, id: string, body: Record<string, unknown> = {}) =>
      act(tenant, action, id, body, owner),
    /** A buyer, carrier or platform event through the control plane's path. */
    run: (id: string, event: EventName, input: EventInput = {}) =>
      tenant.run(id, event, inputFor(tenant, event, input), actorOf(event)),
    detail: (id: string) => queryProductOrders(tenant, [id], engine.options)[0]!,
    lastChanged: (q: Partial<Parameters<typeof lastChangedStatuses>[1]> = {}) =>
      lastChangedStatuses(tenant, { lastChangedFrom: formatKst(START), ...q }, engine.options),
    state: (id: string) => stateOf(tenant.productOrder(id)!),
  }
}

type DispatchProductOrder = Parameters<typeof dispatch>[1][number]
type SingleAction = Parameters<typeof act>[1]

/** A success result of a single-item action. */
export const ok = (id: string) => ({ successProductOrderIds: [id], failProductOrderInfos: [] })
/** A failure result of a single-item action. */
export const failed = (id: string, code: string) => ({
  successProductOrderIds: [],
  failProductOrderInfos: [{ productOrderId: id, code, message: expect.any(String) }],
})

/** The NpayError that `fn` throws (fails the test when it throws nothing or something else). */
export function npayError(fn: () => unknown): NpayError {
  try {
    fn()
  } catch (error) {
    if (error instanceof NpayError) return error
    throw error
  }
  throw new Error('expected an NpayError, nothing was thrown')
}

/** The body the API would answer with, with fixed volatile fields. */
export function body(error: NpayError) {
  return renderErrorBody(error, {
    timestamp: '2024-05-15T10:00:00.000+09:00',
    traceId: 'test^1715734800000^1',
  })
}
