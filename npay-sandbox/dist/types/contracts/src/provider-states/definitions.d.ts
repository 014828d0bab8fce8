/**
 * Named provider states (pact-js style): what a case needs to start from, what that state looks like
 * through the API, and how an emulator reaches it by running the real transitions — a buyer placing and
 * paying an order, the merchant confirming and dispatching, the carrier delivering, the buyer claiming.
 */
import type { StateExpectation } from './state-of.js'
/** One step towards a state on an emulator. */
export type Step =
  | {
      kind: 'place'
      paid: boolean
    }
  | {
      kind: 'confirm'
    }
  | {
      kind: 'dispatch'
    }
  | {
      kind: 'event'
      event: BuyerOrCarrierEvent
      body?: Record<string, unknown>
    }
  | {
      kind: 'holdback'
      claim: 'return' | 'exchange'
    }
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
/**
 * Every provider state by name. The names are the keys of a fixtures file for the `sandbox` target.
 * @example PROVIDER_STATES['a delivered product order with a return request'].expect.claimStatus // 'RETURN_REQUEST'
 */
export declare const PROVIDER_STATES: {
  readonly 'a paid product order': {
    readonly expect: {
      readonly claimType: null
      readonly claimStatus: null
      readonly productOrderStatus: 'PAYED'
      readonly placeOrderStatus: 'NOT_YET'
    }
    readonly steps: readonly [
      {
        kind: 'place'
        paid: boolean
      },
    ]
  }
  readonly 'an unpaid product order': {
    readonly expect: {
      readonly claimType: null
      readonly claimStatus: null
      readonly productOrderStatus: 'PAYMENT_WAITING'
    }
    readonly steps: readonly [
      {
        readonly kind: 'place'
        readonly paid: false
      },
    ]
  }
  readonly 'a confirmed product order': {
    readonly expect: {
      readonly claimType: null
      readonly claimStatus: null
      readonly productOrderStatus: 'PAYED'
      readonly placeOrderStatus: 'OK'
    }
    readonly steps: readonly Step[]
  }
  readonly 'a dispatched product order': {
    readonly expect: {
      readonly claimType: null
      readonly claimStatus: null
      readonly productOrderStatus: 'DELIVERING'
    }
    readonly steps: readonly Step[]
  }
  readonly 'a delivered product order': {
    readonly expect: {
      readonly claimType: null
      readonly claimStatus: null
      readonly productOrderStatus: 'DELIVERED'
    }
    readonly steps: readonly Step[]
  }
  readonly 'a purchase-decided product order': {
    readonly expect: {
      readonly claimType: null
      readonly claimStatus: null
      readonly productOrderStatus: 'PURCHASE_DECIDED'
    }
    readonly steps: readonly [
      ...Step[],
      {
        readonly kind: 'event'
        readonly event: 'decide-purchase'
      },
    ]
  }
  readonly 'a confirmed product order with a cancel request': {
    readonly expect: {
      readonly productOrderStatus: 'PAYED'
      readonly claimType: 'CANCEL'
      readonly claimStatus: 'CANCEL_REQUEST'
    }
    readonly steps: readonly [
      ...Step[],
      {
        readonly kind: 'event'
        readonly event: 'buyer-cancel'
        readonly body: {
          readonly reason: 'INTENT_CHANGED'
        }
      },
    ]
  }
  readonly 'a delivered product order with a return request': {
    readonly expect: {
      readonly claimType: 'RETURN'
      readonly claimStatus: 'RETURN_REQUEST'
      readonly holdbackStatus: null
    }
    readonly steps: readonly Step[]
  }
  readonly 'a delivered product order with a held-back return': {
    readonly expect: {
      readonly claimType: 'RETURN'
      readonly claimStatus: 'RETURN_REQUEST'
      readonly holdbackStatus: 'HOLDBACK'
    }
    readonly steps: readonly [
      ...Step[],
      {
        readonly kind: 'holdback'
        readonly claim: 'return'
      },
    ]
  }
  readonly 'a delivered product order with an exchange request': {
    readonly expect: {
      readonly claimType: 'EXCHANGE'
      readonly claimStatus: 'EXCHANGE_REQUEST'
      readonly holdbackStatus: null
    }
    readonly steps: readonly Step[]
  }
  readonly 'a delivered product order with a collected exchange': {
    readonly expect: {
      readonly claimType: 'EXCHANGE'
      readonly claimStatus: 'COLLECT_DONE'
      readonly holdbackStatus: null
    }
    readonly steps: readonly [
      ...Step[],
      {
        readonly kind: 'event'
        readonly event: 'collect-done'
      },
    ]
  }
  readonly 'a delivered product order with a held-back exchange': {
    readonly expect: {
      readonly claimType: 'EXCHANGE'
      readonly claimStatus: 'EXCHANGE_REQUEST'
      readonly holdbackStatus: 'HOLDBACK'
    }
    readonly steps: readonly [
      ...Step[],
      {
        readonly kind: 'holdback'
        readonly claim: 'exchange'
      },
    ]
  }
}
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
export declare function isProviderStateName(name: string): name is ProviderStateName
