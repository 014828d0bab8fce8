/**
 * Names of everything that can happen to a product order. Merchant actions are named after the
 * operationIds of the API that performs them; the others are what the buyer, the carrier, the platform
 * or the clock does (the control plane's event names).
 */
export const MERCHANT_ACTIONS = [
  'confirmProductOrders',
  'delayDispatch',
  'dispatchProductOrders',
  'requestCancel',
  'approveCancel',
  'requestReturn',
  'approveReturn',
  'rejectReturn',
  'holdbackReturn',
  'releaseReturnHoldback',
  'completeExchangeCollect',
  'redeliverExchange',
  'rejectExchange',
  'holdbackExchange',
  'releaseExchangeHoldback',
] as const
export type MerchantAction = (typeof MERCHANT_ACTIONS)[number]

/**
 * Merchant actions only the Commerce API has (its seller-only operations, named after their operationIds):
 * the Npay mall API lacks them, so they are kept out of MERCHANT_ACTIONS, which every mall surface lists.
 */
export const SELLER_ACTIONS = ['changeHopeDelivery'] as const
export type SellerAction = (typeof SELLER_ACTIONS)[number]

/** Events of the control plane (`POST /__sandbox/product-orders/{id}/events/{event}`). */
export const SANDBOX_EVENTS = [
  'pay',
  'expire-payment',
  'buyer-cancel',
  'buyer-return',
  'buyer-exchange',
  'change-address',
  'deliver',
  'collect',
  'collect-done',
  'redeliver-done',
  'decide-purchase',
  'admin-cancel',
] as const
export type SandboxEvent = (typeof SANDBOX_EVENTS)[number]

/** Follow-up steps the platform takes at once after another transition (never requested directly). */
export const INTERNAL_EVENTS = ['place-order', 'complete-cancel', 'complete-admin-cancel'] as const
export type InternalEvent = (typeof INTERNAL_EVENTS)[number]

export type EventName = MerchantAction | SellerAction | SandboxEvent | InternalEvent

/** Every event, merchant actions first. */
export const ALL_EVENTS: readonly EventName[] = [
  ...MERCHANT_ACTIONS,
  ...SELLER_ACTIONS,
  ...SANDBOX_EVENTS,
  ...INTERNAL_EVENTS,
]

export type Actor = 'merchant' | 'buyer' | 'carrier' | 'platform' | 'clock'

/**
 * Who performs each event (facts §10.1–§10.4): the one statement of it. The table's rows take their actor
 * from here; a timer that fires an event on its own is the `clock` instead (machine/timers.ts).
 */
// biome-ignore format: one event per line reads as a table
export const EVENT_ACTORS: Readonly<Record<EventName, Exclude<Actor, 'clock'>>> = {
  ...(Object.fromEntries(MERCHANT_ACTIONS.map((action) => [action, 'merchant'])) as Record<MerchantAction, 'merchant'>),
  changeHopeDelivery: 'merchant',
  'place-order': 'buyer',
  pay: 'buyer',
  'expire-payment': 'platform',
  'buyer-cancel': 'buyer',
  'buyer-return': 'buyer',
  'buyer-exchange': 'buyer',
  'change-address': 'buyer',
  deliver: 'carrier',
  collect: 'carrier',
  'collect-done': 'carrier',
  'redeliver-done': 'carrier',
  'decide-purchase': 'buyer',
  'admin-cancel': 'platform',
  'complete-cancel': 'platform',
  'complete-admin-cancel': 'platform',
}

/** Who causes each control-plane event (read from EVENT_ACTORS). */
export const SANDBOX_EVENT_ACTORS: Readonly<Record<SandboxEvent, 'buyer' | 'carrier' | 'platform'>> =
  Object.fromEntries(SANDBOX_EVENTS.map((event) => [event, EVENT_ACTORS[event]])) as Record<
    SandboxEvent,
    'buyer' | 'carrier' | 'platform'
  >

/**
 * Events that happen to a whole order at once: the buyer pays (or fails to pay) for every product order of
 * it together, so the control plane applies them to each of its product orders.
 */
export const ORDER_WIDE_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['pay', 'expire-payment'])

/** Merchant actions on one product order, addressed by the `productOrderId` path parameter. */
export const SINGLE_ITEM_ACTIONS: readonly MerchantAction[] = MERCHANT_ACTIONS.filter(
  (a) => a !== 'confirmProductOrders' && a !== 'dispatchProductOrders',
)

export function isMerchantAction(name: string): name is MerchantAction {
  return (MERCHANT_ACTIONS as readonly string[]).includes(name)
}
/** Whether `name` is a seller-only merchant action of the Commerce API. */
export function isSellerAction(name: string): name is SellerAction {
  return (SELLER_ACTIONS as readonly string[]).includes(name)
}
export function isSandboxEvent(name: string): name is SandboxEvent {
  return (SANDBOX_EVENTS as readonly string[]).includes(name)
}
