/**
 * Drives product orders through the engine's own transitions: merchant steps go through the same action
 * functions as the API (`confirm`, `dispatch`, `act`), the buyer's, carrier's and platform's through
 * `tenant.run` exactly as the control plane applies them. A refused step throws; seeds never write state.
 */
import {
  act,
  confirm,
  describeState,
  dispatch,
  type Engine,
  type EventInput,
  isMerchantAction,
  type MerchantAction,
  SANDBOX_EVENT_ACTORS,
  type SandboxEvent,
  stateOf,
  type Tenant,
} from '@npay-sandbox/engine'
import { formatKst, MAX_CONFIRM_PRODUCT_ORDER_IDS } from '@npay-sandbox/protocol'
import type { KoreanFaker } from '../builders/fake.ts'
import { actionBody, buyerClaimInput } from './bodies.ts'

/** Something that can happen to a product order: a merchant action (operationId) or an outside event. */
export type SeedAction = MerchantAction | SandboxEvent
/** One step of a seed path; `quantity` makes a cancel or return partial. */
export type SeedStep = SeedAction | { action: SeedAction; quantity: number }

/** The orders a driver placed, with the product orders of each. */
export interface PlacedOrder {
  orderId: string
  productOrderIds: string[]
}

/** A step the state machine refused: the seed's path does not fit the state it reached. */
export class SeedStepError extends Error {
  constructor(
    readonly action: SeedAction,
    readonly productOrderId: string,
    readonly code: string,
    state: string,
  ) {
    super(`${action} was refused for ${productOrderId} with ${code} (state: ${state})`)
    this.name = 'SeedStepError'
  }
}

/**
 * Tries before giving up on a tracking number another order already uses (`104121`): the engine never
 * hands out one twice, so only a number a merchant sent itself through the API can clash.
 */
const TRACKING_TRIES = 5

/**
 * Places orders and moves their product orders along, one step at a time.
 * @example
 * const driver = new SeedDriver(engine, engine.tenant(), new KoreanFaker(1))
 * const { productOrderIds } = driver.place({})
 * driver.apply('dispatchProductOrders', productOrderIds)
 */
export class SeedDriver {
  constructor(
    private readonly engine: Engine,
    readonly tenant: Tenant,
    readonly fake: KoreanFaker,
    private readonly options: { delayDays?: number } = {},
  ) {}

  /** How long an unpaid order waits for its deposit on this engine. */
  get paymentDueMs(): number {
    return this.engine.options.paymentDueDays * 86_400_000
  }

  /**
   * Runs `fn` at `at`, an instant in the past: the orders it places and the steps it applies happen then
   * (engine `Tenant.backdate`).
   * @example driver.at(now - 3_600_000, () => driver.place({}))
   */
  at<T>(at: number, fn: () => T): T {
    return this.tenant.backdate(at, fn)
  }

  /** Places one order as a buyer, with realistic Korean data. */
  place(input: { items?: number; quantity?: number; paid?: boolean } = {}): PlacedOrder {
    return this.tenant.createOrder(this.fake.order(input))
  }

  /** Applies one step to each product order in `ids` (one order's, typically). */
  apply(step: SeedStep, ids: readonly string[]): void {
    const action = typeof step === 'string' ? step : step.action
    const quantity = typeof step === 'string' ? undefined : step.quantity
    if (action === 'confirmProductOrders') this.confirm(ids)
    else if (action === 'dispatchProductOrders') this.dispatch(ids)
    else
      for (const id of ids) {
        if (isMerchantAction(action)) this.act(action, id, quantity)
        else this.event(action, id, quantity)
      }
  }

  private readonly ownerOf = (id: string) => this.engine.ownerOfProductOrder(id)

  private refused(action: SeedAction, id: string, code: string): never {
    const record = this.tenant.productOrder(id)
    throw new SeedStepError(action, id, code, record ? describeState(stateOf(record)) : 'unknown')
  }

  private confirm(ids: readonly string[]) {
    for (let i = 0; i < ids.length; i += MAX_CONFIRM_PRODUCT_ORDER_IDS) {
      const result = confirm(this.tenant, ids.slice(i, i + MAX_CONFIRM_PRODUCT_ORDER_IDS), this.ownerOf)
      const fail = result.failProductOrderInfos?.[0]
      if (fail) this.refused('confirmProductOrders', fail.productOrderId ?? '', fail.code ?? '')
    }
  }

  /** One parcel per call: the product orders share a carrier and tracking number, as one box would. */
  private dispatch(ids: readonly string[]) {
    const company = this.fake.carrier()
    for (let attempt = 1; ; attempt++) {
      const trackingNumber = this.tenant.newTrackingNumber()
      const items = ids.map((productOrderId) => ({
        productOrderId,
        deliveryMethod: 'DELIVERY' as const,
        deliveryCompanyCode: company,
        trackingNumber,
        dispatchDate: formatKst(this.tenant.now()),
      }))
      const result = dispatch(this.tenant, items, this.ownerOf, this.engine.usedTrackingNumbers)
      const fails = result.failProductOrderInfos ?? []
      const retry = fails.length > 0 && fails.every((f) => f.code === '104121') && attempt < TRACKING_TRIES
      if (retry) {
        ids = fails.map((f) => f.productOrderId ?? '')
        continue
      }
      const fail = fails[0]
      if (fail) this.refused('dispatchProductOrders', fail.productOrderId ?? '', fail.code ?? '')
      return
    }
  }

  private act(action: MerchantAction, id: string, quantity: number | undefined) {
    const record = this.tenant.productOrder(id)
    if (!record) this.refused(action, id, '100001')
    const body = actionBody(action, {
      now: this.tenant.now(),
      record,
      fake: this.fake,
      tracking: () => this.tenant.newTrackingNumber(),
      quantity,
      delayDays: this.options.delayDays,
    })
    const single = action as Exclude<MerchantAction, 'confirmProductOrders' | 'dispatchProductOrders'>
    const fail = act(this.tenant, single, id, body, this.ownerOf).failProductOrderInfos?.[0]
    if (fail) this.refused(action, id, fail.code ?? '')
  }

  private event(event: SandboxEvent, id: string, quantity: number | undefined) {
    const result = this.tenant.run(
      id,
      event,
      this.eventInput(event, id, quantity),
      SANDBOX_EVENT_ACTORS[event],
    )
    if (!result.ok) this.refused(event, id, result.code)
  }

  private eventInput(event: SandboxEvent, id: string, quantity: number | undefined): EventInput {
    if (event === 'buyer-cancel') return buyerClaimInput(this.fake, 'cancel', quantity)
    if (event === 'buyer-return') return buyerClaimInput(this.fake, 'return', quantity)
    if (event === 'buyer-exchange') return buyerClaimInput(this.fake, 'exchange', quantity)
    if (event === 'change-address') {
      const current = this.tenant.productOrder(id)?.productOrder.shippingAddress
      const name = current?.name ?? this.fake.personName()
      return { shippingAddress: this.fake.address(name, current?.tel1 ?? this.fake.mobile()) as never }
    }
    return {}
  }
}
