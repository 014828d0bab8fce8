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

export type EventName = MerchantAction | SandboxEvent | InternalEvent

/** Who causes each control-plane event. */
export const SANDBOX_EVENT_ACTORS: Readonly<Record<SandboxEvent, 'buyer' | 'carrier' | 'platform'>> = {
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
}

/** Merchant actions on one product order, addressed by the `productOrderId` path parameter. */
export const SINGLE_ITEM_ACTIONS: readonly MerchantAction[] = MERCHANT_ACTIONS.filter(
  (a) => a !== 'confirmProductOrders' && a !== 'dispatchProductOrders',
)
export type Actor = 'merchant' | 'buyer' | 'carrier' | 'platform' | 'clock'

export function isMerchantAction(name: string): name is MerchantAction {
  return (MERCHANT_ACTIONS as readonly string[]).includes(name)
}
export function isSandboxEvent(name: string): name is SandboxEvent {
  return (SANDBOX_EVENTS as readonly string[]).includes(name)
}
