/**
 * Named provider states (pact-js style): what a case needs to start from, what that state looks like
 * through the API, and how an emulator reaches it by running the real transitions — a buyer placing and
 * paying an order, the merchant confirming and dispatching, the carrier delivering, the buyer claiming.
 */
import type { StateExpectation } from './state-of.ts'

/** One step towards a state on an emulator. */
export type Step =
  | { kind: 'place'; paid: boolean }
  | { kind: 'confirm' }
  | { kind: 'dispatch' }
  | { kind: 'event'; event: BuyerOrCarrierEvent; body?: Record<string, unknown> }
  | { kind: 'holdback'; claim: 'return' | 'exchange' }

/** Control-plane events the states use. */
export type BuyerOrCarrierEvent =
  | 'deliver'
  | 'decide-purchase'
  | 'buyer-cancel'
  | 'buyer-return'
  | 'buyer-exchange'
  | 'collect-done'

export interface ProviderStateDefinition {
  expect: StateExpectation
  steps: readonly Step[]
}

const PAID: Step = { kind: 'place', paid: true }
const CONFIRMED: readonly Step[] = [PAID, { kind: 'confirm' }]
const DISPATCHED: readonly Step[] = [...CONFIRMED, { kind: 'dispatch' }]
const DELIVERED: readonly Step[] = [...DISPATCHED, { kind: 'event', event: 'deliver' }]
const RETURN_REQUESTED: readonly Step[] = [
  ...DELIVERED,
  { kind: 'event', event: 'buyer-return', body: { reason: 'BROKEN', detailedReason: '파손' } },
]
const EXCHANGE_REQUESTED: readonly Step[] = [
  ...DELIVERED,
  { kind: 'event', event: 'buyer-exchange', body: { reason: 'COLOR_AND_SIZE', detailedReason: '사이즈' } },
]
const NO_CLAIM = { claimType: null, claimStatus: null } as const

/**
 * Every provider state by name. The names are the keys of a fixtures file for the `sandbox` target.
 * @example PROVIDER_STATES['a delivered product order with a return request'].expect.claimStatus // 'RETURN_REQUEST'
 */
export const PROVIDER_STATES = {
  'a paid product order': {
    expect: { productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET', ...NO_CLAIM },
    steps: [PAID],
  },
  'an unpaid product order': {
    expect: { productOrderStatus: 'PAYMENT_WAITING', ...NO_CLAIM },
    steps: [{ kind: 'place', paid: false }],
  },
  'a confirmed product order': {
    expect: { productOrderStatus: 'PAYED', placeOrderStatus: 'OK', ...NO_CLAIM },
    steps: CONFIRMED,
  },
  'a dispatched product order': {
    expect: { productOrderStatus: 'DELIVERING', ...NO_CLAIM },
    steps: DISPATCHED,
  },
  'a delivered product order': {
    expect: { productOrderStatus: 'DELIVERED', ...NO_CLAIM },
    steps: DELIVERED,
  },
  'a purchase-decided product order': {
    expect: { productOrderStatus: 'PURCHASE_DECIDED', ...NO_CLAIM },
    steps: [...DELIVERED, { kind: 'event', event: 'decide-purchase' }],
  },
  'a confirmed product order with a cancel request': {
    expect: { productOrderStatus: 'PAYED', claimType: 'CANCEL', claimStatus: 'CANCEL_REQUEST' },
    steps: [...CONFIRMED, { kind: 'event', event: 'buyer-cancel', body: { reason: 'INTENT_CHANGED' } }],
  },
  'a delivered product order with a return request': {
    expect: { claimType: 'RETURN', claimStatus: 'RETURN_REQUEST', holdbackStatus: null },
    steps: RETURN_REQUESTED,
  },
  'a delivered product order with a held-back return': {
    expect: { claimType: 'RETURN', claimStatus: 'RETURN_REQUEST', holdbackStatus: 'HOLDBACK' },
    steps: [...RETURN_REQUESTED, { kind: 'holdback', claim: 'return' }],
  },
  'a delivered product order with an exchange request': {
    expect: { claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REQUEST', holdbackStatus: null },
    steps: EXCHANGE_REQUESTED,
  },
  'a delivered product order with a collected exchange': {
    expect: { claimType: 'EXCHANGE', claimStatus: 'COLLECT_DONE', holdbackStatus: null },
    steps: [...EXCHANGE_REQUESTED, { kind: 'event', event: 'collect-done' }],
  },
  'a delivered product order with a held-back exchange': {
    expect: { claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REQUEST', holdbackStatus: 'HOLDBACK' },
    steps: [...EXCHANGE_REQUESTED, { kind: 'holdback', claim: 'exchange' }],
  },
} as const satisfies Record<string, ProviderStateDefinition>

/** The name of a provider state. */
export type ProviderStateName = keyof typeof PROVIDER_STATES

/** What a provider state hands to a case: the ids it created (or took from the fixtures). */
export interface ProviderState {
  productOrderId: string
  orderId: string
}

/**
 * Whether a string names a provider state.
 * @example isProviderStateName('a paid product order') // true
 */
export function isProviderStateName(name: string): name is ProviderStateName {
  return Object.hasOwn(PROVIDER_STATES, name)
}
