/**
 * Names of everything that can happen to a product order. Merchant actions are named after the
 * operationIds of the API that performs them; the others are what the buyer, the carrier, the platform
 * or the clock does (the control plane's event names).
 */
export declare const MERCHANT_ACTIONS: readonly [
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
]
export type MerchantAction = (typeof MERCHANT_ACTIONS)[number]
/** Events of the control plane (`POST /__sandbox/product-orders/{id}/events/{event}`). */
export declare const SANDBOX_EVENTS: readonly [
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
]
export type SandboxEvent = (typeof SANDBOX_EVENTS)[number]
/** Follow-up steps the platform takes at once after another transition (never requested directly). */
export declare const INTERNAL_EVENTS: readonly ['place-order', 'complete-cancel', 'complete-admin-cancel']
export type InternalEvent = (typeof INTERNAL_EVENTS)[number]
export type EventName = MerchantAction | SandboxEvent | InternalEvent
/** Who causes each control-plane event. */
export declare const SANDBOX_EVENT_ACTORS: Readonly<Record<SandboxEvent, 'buyer' | 'carrier' | 'platform'>>
/** Merchant actions on one product order, addressed by the `productOrderId` path parameter. */
export declare const SINGLE_ITEM_ACTIONS: readonly MerchantAction[]
export type Actor = 'merchant' | 'buyer' | 'carrier' | 'platform' | 'clock'
export declare function isMerchantAction(name: string): name is MerchantAction
export declare function isSandboxEvent(name: string): name is SandboxEvent
