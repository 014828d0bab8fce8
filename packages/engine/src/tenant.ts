/**
 * One merchant app (client_id): its own orders, change log, virtual clock and journal. All state
 * changes go through `run`, which applies the table's rows to the stored records in place behind a
 * checkpoint (undone if a step throws) and appends their change-log rows once every step succeeded.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { type ChangeEvent, ChangeLog } from './change-log.ts'
import { VirtualClock } from './clock.ts'
import type { CommitEvent as CommitEventOf } from './commit-event.ts'
import { type DueItem, DueQueue } from './due-queue.ts'
import type { EngineContext } from './engine-context.ts'
import { Journal } from './journal.ts'
import { applySteps as applyStepsInPlace } from './machine/apply.ts'
import type { EventInput } from './machine/effects.ts'
import type { Actor, EventName } from './machine/events.ts'
import { MERCHANT_ACTIONS, SANDBOX_EVENTS, SELLER_ACTIONS } from './machine/events.ts'
import { guardCheck } from './machine/guards.ts'
import { dueTimer, expiryEmits, type TimerOptions, timerDescription } from './machine/timers.ts'
import { allowedEvents, findRow, type Step, transition } from './machine/transition.ts'
import { apiOf, type Merchant } from './merchants.ts'
import { buildOrder, type CreateOrderInput } from './order-builder.ts'
import {
  type DeferredProductOrder,
  headOf,
  type ProductOrderHead,
  ProductOrderMap,
  productOrderHead,
  reserveIds,
} from './product-order-map.ts'
import {
  checkpoint,
  type DeepReadonly,
  type OrderRecord,
  type ProductOrderRecord,
  type ReadonlyOrderRecord,
  type ReadonlyProductOrderRecord,
  type StoredReview,
  stateOf,
} from './records.ts'
import { SettlementLedger } from './settlement/ledger.ts'
import { type TenantExtension, TenantExtensions } from './tenant-extensions.ts'
import { RECORDS, type TenantRecords } from './tenant-records.ts'
import { TokenStore } from './tokens.ts'

export { RECORDS, type TenantRecords } from './tenant-records.ts'

export type RunResult =
  | { ok: true; steps: Step[]; record: ReadonlyProductOrderRecord }
  | { ok: false; code: string }

/** What one committed transition of this tenant did, for derived data (settlement, reviews, lint). */
export type CommitEvent = CommitEventOf<Tenant>

export interface FiredEvent {
  at: string
  productOrderId: string
  event: string
  description: string
}

export class Tenant {
  readonly clock: VirtualClock
  readonly log = new ChangeLog()
  readonly journal = new Journal()
  readonly tokens: TokenStore
  readonly [RECORDS]: TenantRecords = { orders: new Map(), productOrders: new ProductOrderMap(), reviews: [] }
  private readonly due = new DueQueue()
  private readonly commitListeners: ((event: CommitEvent) => void)[] = []
  /** Settlement lines derived from this tenant's committed transitions (facts §11). */
  readonly settlement: SettlementLedger
  private readonly extensions: TenantExtensions

  constructor(
    readonly merchant: Merchant,
    private readonly ctx: EngineContext<Tenant>,
  ) {
    this.clock = new VirtualClock(ctx.options.clock, this.startTime(), ctx.options.wallClock)
    this.tokens = new TokenStore(ctx.tokenRegistry)
    this.settlement = new SettlementLedger(this, ctx)
    this.extensions = new TenantExtensions(ctx.options)
  }

  /** Where a fresh clock starts: a merchant created later is as far from real time as the first one was. */
  private startTime(): number {
    const { options, startOffsetMs } = this.ctx
    return options.clock === 'flowing' ? options.wallClock() + startOffsetMs : options.startTime
  }

  /**
   * This merchant's state of an extension kind (created fresh on first use).
   * @example tenant.extension(FAULT_SET).decide(request)
   */
  extension<T>(kind: TenantExtension<T>): T {
    return this.extensions.get(kind)
  }

  /** Replaces this merchant's state of an extension kind. */
  replaceExtension<T>(kind: TenantExtension<T>, value: T): T {
    this.touch()
    return this.extensions.set(kind, value)
  }

  /** Every extension's saved form, for the state document. */
  saveExtensions(): Record<string, unknown> {
    return this.extensions.save()
  }

  /** Extension data of a state document; each kind reads its part when it first asks. */
  restoreExtensions(saved: Record<string, unknown>) {
    this.extensions.restore(saved)
  }

  /** A fresh numeric id from the engine's seeded source (review numbers, other derived records). */
  newId(): string {
    return this.ctx.ids.claimId()
  }

  private get orders() {
    return this[RECORDS].orders
  }

  private get productOrders() {
    return this[RECORDS].productOrders
  }

  private get reviews() {
    return this[RECORDS].reviews
  }

  /**
   * A stored product order, read-only.
   * @example tenant.productOrder(id)?.productOrder.productOrderStatus
   */
  productOrder(productOrderId: string): ReadonlyProductOrderRecord | undefined {
    return this.productOrders.get(productOrderId)
  }

  /**
   * A stored order (its block and product order ids), read-only.
   * @example tenant.order(record.orderId)!.productOrderIds
   */
  order(orderId: string): ReadonlyOrderRecord | undefined {
    return this.orders.get(orderId)
  }

  /**
   * Every stored product order, read-only, in the order they were placed.
   * @example for (const record of tenant.productOrderRecords()) stateOf(record)
   */
  productOrderRecords(): IterableIterator<ReadonlyProductOrderRecord> {
    return this.productOrders.values()
  }

  /**
   * Every stored order, read-only, in the order they were placed.
   * @example [...tenant.orderRecords()].map((o) => o.order.orderId)
   */
  orderRecords(): IterableIterator<ReadonlyOrderRecord> {
    return this.orders.values()
  }

  /**
   * Every stored review, read-only, in the order they were written.
   * @example tenant.reviewRecords().length
   */
  reviewRecords(): readonly DeepReadonly<StoredReview>[] {
    return this.reviews
  }

  /**
   * How many orders, product orders and reviews this merchant has.
   * @example tenant.counts().productOrders
   */
  counts(): { orders: number; productOrders: number; reviews: number } {
    return { orders: this.orders.size, productOrders: this.productOrders.size, reviews: this.reviews.length }
  }

  get clientId(): string {
    return this.merchant.clientId
  }

  now(): number {
    return this.clock.now()
  }

  /** Places an order (paid, or awaiting deposit) through the table's `place-order` rows. */
  createOrder(input: CreateOrderInput = {}): { orderId: string; productOrderIds: string[] } {
    this.tick()
    const now = this.now()
    const built = buildOrder(input, {
      now,
      merchant: this.merchant,
      ctx: this.ctx,
      settlement: this.settlement.config,
    })
    const order = built.order
    const guard = guardCheck({ paid: input.paid !== false })
    const records: ProductOrderRecord[] = []
    const placed: Step[][] = []
    const changes: ChangeEvent[] = []
    for (const record of built.productOrders) {
      const result = transition('new', 'place-order', guard)
      if (!result.ok) throw new Error('place-order has no row')
      changes.push(
        ...this.applySteps(record, order, result.steps, 'buyer', { paid: input.paid !== false }, now),
      )
      records.push(record)
      placed.push(result.steps)
    }
    const orderRecord: OrderRecord = {
      clientId: this.clientId,
      order,
      productOrderIds: records.map((r) => r.productOrderId),
    }
    this.orders.set(order.orderId!, orderRecord)
    for (const record of records) {
      this.productOrders.set(record.productOrderId, record)
      this.ctx.registerProductOrder(record.productOrderId, this)
      this.schedule(productOrderHead(record))
    }
    this.ctx.registerOrder(order.orderId!, this)
    this.appendChanges(changes)
    for (const record of records) this.clock.catchUp(record.history.at(-1)!.at)
    for (const [i, record] of records.entries()) {
      this.emitCommit({
        tenant: this,
        record,
        order,
        steps: placed[i]!,
        actor: 'buyer',
        input: { paid: input.paid !== false },
        at: now,
      })
    }
    return { orderId: order.orderId!, productOrderIds: orderRecord.productOrderIds }
  }

  /**
   * Applies `event` to one product order, atomically: either every step of the transition (and its
   * follow-ups) is committed with its change-log rows, or nothing changes.
   */
  run(productOrderId: string, event: EventName, input: EventInput, actor: Actor, at?: number): RunResult {
    const record = this.productOrders.get(productOrderId)
    if (!record) return { ok: false, code: '100001' }
    const result = transition(stateOf(record), event, guardCheck(input, record))
    if (!result.ok) return result
    const order = this.orders.get(record.orderId)!.order
    // Changes the committed objects in place; the checkpoint undoes them if an effect throws.
    const undo = checkpoint(record, order)
    let changes: ChangeEvent[]
    try {
      changes = this.applySteps(record, order, result.steps, actor, input, at ?? this.now())
    } catch (error) {
      undo()
      throw error
    }
    this.appendChanges(changes)
    this.clock.catchUp(record.history.at(-1)!.at)
    this.schedule(productOrderHead(record))
    this.emitCommit({
      tenant: this,
      record,
      order,
      steps: result.steps,
      actor,
      input,
      at: at ?? this.now(),
    })
    return { ok: true, steps: result.steps, record }
  }

  /** Calls `listener` after every committed transition of this tenant; returns the unsubscribe. */
  onCommit(listener: (event: CommitEvent) => void): () => void {
    this.commitListeners.push(listener)
    return () => {
      const i = this.commitListeners.indexOf(listener)
      if (i >= 0) this.commitListeners.splice(i, 1)
    }
  }

  private emitCommit(event: CommitEvent) {
    this.touch()
    for (const listener of this.commitListeners) listener(event)
  }

  private changes = 0

  /** Counts every change of this tenant's saved state (persistence writes when it moves). */
  get revision(): number {
    return this.changes
  }

  /** Marks a change that is not a transition (token issued, review written, clock moved). */
  touch() {
    this.changes++
  }

  /** Applies the steps to the record in place (machine/apply.ts); returns their change-log rows. */
  private applySteps(
    record: ProductOrderRecord,
    order: OrderRecord['order'],
    steps: Step[],
    actor: Actor,
    input: EventInput,
    startAt: number,
  ): ChangeEvent[] {
    const { ids, fake, options } = this.ctx
    return applyStepsInPlace(record, steps, startAt, {
      order,
      actor,
      input,
      logLastAt: this.backdating ? Number.NEGATIVE_INFINITY : this.log.lastAt,
      optionalEmits: expiryEmits(options),
      newClaimId: () => ids.claimId(),
      randomAddress: () => fake.address(order.ordererName ?? fake.personName(), fake.mobile()) as never,
      merchant: this.merchant,
    })
  }

  /** Appends committed rows to the change log, in time order; back-dated history goes in at its own instants. */
  private appendChanges(rows: ChangeEvent[]) {
    rows.sort((a, b) => a.at - b.at)
    if (this.backdating) for (const row of rows) this.log.backfill(row)
    else for (const row of rows) this.log.append({ ...row, at: Math.max(row.at, this.log.lastAt) })
  }

  private backdating = false

  /**
   * Runs `fn` with this merchant's clock reading `at`, an instant in the past: every order placed and
   * every step applied inside happens then, with its dates and change-log rows at that instant, even
   * before rows the log already holds. How seeds write history that already happened (orders placed days
   * ago, shipped, returned) without moving the clock; the clock reads its own time again afterwards.
   * @example tenant.backdate(tenant.now() - 2 * 86_400_000, () => tenant.createOrder())
   */
  backdate<T>(at: number, fn: () => T): T {
    const unpin = this.clock.pin(at)
    this.backdating = true
    try {
      return fn()
    } finally {
      this.backdating = false
      unpin()
    }
  }

  /**
   * A 12-digit tracking number no order of this engine was given by the engine before (seeds, defaults).
   * @example tenant.newTrackingNumber() // '412345678901'
   */
  newTrackingNumber(): string {
    return this.ctx.ids.trackingNumber()
  }

  /** Control-plane events allowed now for a product order. */
  allowedSandboxEvents(productOrderId: string): string[] {
    const record = this.productOrders.get(productOrderId)
    return record ? allowedEvents(stateOf(record), SANDBOX_EVENTS) : []
  }

  /**
   * Merchant API actions allowed now for a product order: a Commerce merchant's include the seller
   * actions (배송 희망일 변경 for a product order placed with a hope-delivery day).
   */
  allowedMerchantActions(productOrderId: string): string[] {
    const record = this.productOrders.get(productOrderId)
    if (!record) return []
    // Only a product order placed with a hope-delivery day has one to change (else 104441).
    const hope = record.productOrder.hopeDelivery?.hopeDeliveryYmd !== undefined
    return allowedEvents(stateOf(record), this.merchantActions()).filter(
      (action) => action !== 'changeHopeDelivery' || hope,
    )
  }

  /** The merchant actions of this merchant's API: a Commerce merchant's include the seller actions. */
  merchantActions(): readonly EventName[] {
    return apiOf(this.merchant) === 'commerce' ? [...MERCHANT_ACTIONS, ...SELLER_ACTIONS] : MERCHANT_ACTIONS
  }

  /** Starts the timer the product order's state starts, if any (machine/timers.ts). */
  private schedule(head: ProductOrderHead) {
    const timer = dueTimer(head.state, head.times, this.ctx.options)
    if (timer) this.due.push({ ...timer, productOrderId: head.productOrderId })
  }

  /** Runs everything that has fallen due on the virtual clock, in due order. */
  tick(): FiredEvent[] {
    const fired: FiredEvent[] = []
    const now = this.now()
    for (let item = this.due.peek(); item && item.due <= now; item = this.due.peek()) {
      this.due.pop()
      const record = this.productOrders.get(item.productOrderId)
      if (!record || !stillDue(record, item, this.ctx.options)) continue
      const result = this.run(item.productOrderId, item.event, {}, 'clock', item.due)
      if (result.ok) {
        fired.push({
          at: formatKst(item.due),
          productOrderId: item.productOrderId,
          event: item.event,
          description: timerDescription(item.event, this.ctx.options),
        })
      }
    }
    return fired
  }

  /**
   * What `advance(ms)` would fire, in the order it would, without changing anything: the timers due by then
   * that still hold (a timer whose milestone moved, or whose event the state no longer allows, is left out).
   * @example tenant.upcoming(8 * 86_400_000).map((f) => f.event) // ['decide-purchase']
   */
  upcoming(ms: number): FiredEvent[] {
    const until = this.now() + ms
    return this.due
      .items()
      .filter((item) => item.due <= until)
      .filter((item) => {
        const record = this.productOrders.get(item.productOrderId)
        return (
          !!record && stillDue(record, item, this.ctx.options) && transition(stateOf(record), item.event).ok
        )
      })
      .sort((a, b) => a.due - b.due || (a.productOrderId < b.productOrderId ? -1 : 1))
      .map((item) => ({
        at: formatKst(item.due),
        productOrderId: item.productOrderId,
        event: item.event,
        description: timerDescription(item.event, this.ctx.options),
      }))
  }

  /** Moves the virtual clock forward and runs what fell due. */
  advance(ms: number): FiredEvent[] {
    this.clock.advance(ms)
    this.touch()
    return this.tick()
  }

  /**
   * Replaces this tenant's orders, change log and reviews with saved ones (see persistence.ts); a
   * deferred product order is read from its store on first use. The ids they hold are never handed out
   * again (a state taken elsewhere, or a restart with another seed).
   */
  restore(saved: {
    orders: OrderRecord[]
    productOrders: readonly (ProductOrderRecord | DeferredProductOrder)[]
    changes: readonly ChangeEvent[]
    reviews: StoredReview[]
  }) {
    this.forget()
    for (const o of saved.orders) {
      this.ctx.ids.reserve(o.order.orderId!)
      this.orders.set(o.order.orderId!, o)
      this.ctx.registerOrder(o.order.orderId!, this)
    }
    for (const r of saved.productOrders) {
      const head = headOf(r)
      reserveIds(this.ctx.ids, head)
      this.productOrders.set(head.productOrderId, r)
      this.ctx.registerProductOrder(head.productOrderId, this)
      this.schedule(head)
    }
    for (const row of saved.changes) this.log.append(row)
    this.reviews.push(...saved.reviews)
  }

  /**
   * Back to a fresh merchant: every order, change, review, settlement line and journal entry is
   * forgotten, the clock starts again and extension state (faults, lint, rate-limit buckets) is new.
   * Credentials and tokens stay, none with more than a token's lifetime left on the restarted clock.
   */
  reset() {
    this.forget()
    this.clock.restart(this.startTime())
    this.tokens.capLifetimes(this.clientId, this.now())
    this.extensions.clear()
  }

  /** Drops orders, changes, reviews, settlement and the journal (what `restore` replaces). */
  private forget() {
    for (const [key, orderId] of this.ctx.usedTrackingNumbers)
      if (this.orders.has(orderId)) this.ctx.usedTrackingNumbers.delete(key)
    for (const id of this.productOrders.keys()) this.ctx.unregisterProductOrder(id)
    for (const id of this.orders.keys()) this.ctx.unregisterOrder(id)
    this.orders.clear()
    this.productOrders.clear()
    this.log.clear()
    this.journal.clear()
    this.due.clear()
    this.reviews.length = 0
    this.settlement.clear()
    this.touch()
  }
}

/**
 * Whether a queued timer still holds: the record's state still starts it at that instant (a timer of a
 * state the order has left is stale, e.g. the delivery's decision timer after an exchange completed) and
 * the table still allows its event.
 */
function stillDue(record: ProductOrderRecord, item: DueItem, options: TimerOptions): boolean {
  const state = stateOf(record)
  const current = dueTimer(state, record.times, options)
  if (current?.since !== item.since || current.event !== item.event) return false
  return findRow(state, item.event) !== undefined
}
