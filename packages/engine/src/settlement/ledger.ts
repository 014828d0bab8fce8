/**
 * A tenant's settlement ledger. It listens to committed transitions and appends lines (never edits
 * them, facts §11.0): originals when a product order reaches the settlement trigger, a
 * NORMAL_SETTLE_BEFORE_CANCEL marker when a paid order is cancelled or returned before that, and
 * NORMAL_SETTLE_AFTER_CANCEL reversals when money goes back after it.
 */
import { formatKstDate } from '@npay-sandbox/protocol'
import type { CommitEvent } from '../commit-event.ts'
import type { EngineContext } from '../engine-context.ts'
import type { Merchant } from '../merchants.ts'
import type { Milestones, Order, ProductOrderRecord } from '../records.ts'
import { RECORDS, type TenantRecords } from '../tenant-records.ts'
import { BusinessCalendar } from './calendar.ts'
import { LineStore } from './line-store.ts'
import {
  buildLine,
  type CaseLine,
  type LineSettleType,
  type LineType,
  type Position,
  targetOf,
} from './lines.ts'
import {
  type ResolvedSettlementOptions,
  resolveSettlementOptions,
  type SettlementOptions,
  type SettlementTrigger,
} from './options.ts'

/** Milestones that count as reaching the trigger, first match wins (a decision may skip delivery). */
const TRIGGER_MILESTONES: Record<SettlementTrigger, readonly (keyof Milestones)[]> = {
  'purchase-decision': ['decided'],
  delivery: ['delivered', 'decided'],
  dispatch: ['dispatched', 'delivered', 'decided'],
  payment: ['payed'],
}

/** What `save` writes: the options in force, every line, and how far each product order is settled. */
export interface SavedLedger {
  options: ResolvedSettlementOptions
  lines: CaseLine[]
  settled: [string, Settled][]
}

interface Settled extends Position {
  deliveryFeeNo?: string
  originals: Partial<Record<LineType, number>>
}

/**
 * What the ledger reads of its tenant: the merchant, the clock, the stored orders, and every committed
 * transition (it subscribes; the tenant never calls it back by name).
 */
export interface LedgerSource {
  readonly merchant: Merchant
  now(): number
  readonly [RECORDS]: TenantRecords
  onCommit(listener: (event: CommitEvent) => void): () => void
}

/**
 * Settlement lines of one tenant, derived as its transitions commit.
 * @example engine.tenant().settlement.forProductOrder(productOrderId) // its PROD_ORDER and DELIVERY lines
 */
export class SettlementLedger extends LineStore {
  private options: ResolvedSettlementOptions
  private calendar: BusinessCalendar
  private readonly settled = new Map<string, Settled>()

  constructor(
    readonly tenant: LedgerSource,
    private readonly ctx: EngineContext,
  ) {
    super()
    this.options = ctx.options.settlement
    this.calendar = new BusinessCalendar(this.options.holidays)
    tenant.onCommit((event) => this.onCommit(event))
  }

  /** The options in force for this tenant. */
  get config(): ResolvedSettlementOptions {
    return this.options
  }

  /**
   * Changes this tenant's settlement options; lines already written keep their numbers.
   * @example engine.tenant().settlement.configure({ trigger: 'delivery', sellingInterlockCommissionRate: 0 })
   */
  configure(options: SettlementOptions): ResolvedSettlementOptions {
    this.options = resolveSettlementOptions(options, this.options)
    this.calendar = new BusinessCalendar(this.options.holidays)
    return this.options
  }

  isSettled(productOrderId: string): boolean {
    return this.settled.has(productOrderId)
  }

  /** Today on the tenant's KST calendar. */
  today(): string {
    return formatKstDate(this.tenant.now())
  }

  /** The transfer is done once the expected date has passed on the tenant's clock. */
  completeDate(line: CaseLine): string | null {
    return line.expectDate !== null && line.expectDate < this.today() ? line.expectDate : null
  }

  /** What a paid, not yet settled product order would settle now (not stored: nothing is decided). */
  projection(productOrderId: string): CaseLine[] {
    const record = this.tenant[RECORDS].productOrders.get(productOrderId)
    const order = record && this.tenant[RECORDS].orders.get(record.orderId)?.order
    if (!record || !order || this.settled.has(productOrderId) || record.times.payed === undefined) return []
    const target = targetOf(record)
    return (['PROD_ORDER', 'DELIVERY'] as const)
      .filter((type) => (type === 'PROD_ORDER' ? target.product : target.delivery) !== 0)
      .map((type) => ({
        ...this.line(record, order, type, 'NORMAL_SETTLE_ORIGINAL', target, null),
        seq: -1,
        lineId: record.productOrderId,
      }))
  }

  /** The ledger as JSON-safe data, for the sandbox state (engine extension `settlement`). */
  save(): SavedLedger {
    return { options: this.options, lines: [...this.all()], settled: [...this.settled] }
  }

  /** Replaces the ledger with saved data, after the tenant's orders were restored; lines keep their seq. */
  load(saved: SavedLedger | undefined) {
    this.clear()
    for (const record of this.tenant[RECORDS].productOrders.values())
      if (record.times.payed !== undefined)
        this.paidOn.add(formatKstDate(record.times.payed), record.productOrderId)
    if (!saved) return
    this.options = resolveSettlementOptions(saved.options as SettlementOptions)
    this.calendar = new BusinessCalendar(this.options.holidays)
    for (const { seq: _, lineId, ...line } of saved.lines) this.append(line, lineId)
    for (const [id, position] of saved.settled) {
      this.settled.set(id, position)
      if (position.deliveryFeeNo) this.ctx.ids.reserve(position.deliveryFeeNo)
    }
  }

  override clear() {
    super.clear()
    this.settled.clear()
  }

  private onCommit({ record, order, steps, at }: CommitEvent) {
    const effects = new Set(steps.flatMap((s) => s.row.effects))
    if (effects.has('recordPayment') && record.times.payed !== undefined)
      this.paidOn.add(formatKstDate(record.times.payed), record.productOrderId)
    // Never a line for an order that was not paid: nothing reached the merchant.
    if (record.times.payed === undefined) return
    const refunded = effects.has('completeCancel') || effects.has('completeReturn')
    const refundAt = refunded ? (record.times.claimCompleted ?? at) : at
    const settled = this.settled.get(record.productOrderId)
    if (settled) return this.follow(record, order, settled, refundAt)
    if (refunded) {
      const basis = formatKstDate(refundAt)
      const marker = this.line(
        record,
        order,
        'PROD_ORDER',
        'NORMAL_SETTLE_BEFORE_CANCEL',
        { product: 0, delivery: 0 },
        basis,
      )
      this.append({ ...marker, expectDate: null }, record.productOrderId)
    }
    const milestone = TRIGGER_MILESTONES[this.options.trigger].find((m) => record.times[m] !== undefined)
    if (milestone === undefined) return
    const fresh: Settled = { product: 0, delivery: 0, originals: {} }
    this.settled.set(record.productOrderId, fresh)
    this.follow(record, order, fresh, record.times[milestone]!)
  }

  /** Appends whatever moves the settled position to the record's remaining amounts. */
  private follow(record: ProductOrderRecord, order: Order, settled: Settled, at: number) {
    const target = targetOf(record)
    const basis = formatKstDate(at)
    for (const type of ['PROD_ORDER', 'DELIVERY'] as const) {
      const key = type === 'PROD_ORDER' ? 'product' : 'delivery'
      const diff = target[key] - settled[key]
      if (diff === 0) continue
      const settleType = diff < 0 ? 'NORMAL_SETTLE_AFTER_CANCEL' : 'NORMAL_SETTLE_ORIGINAL'
      const amounts = { product: 0, delivery: 0, [key]: diff }
      const line = this.line(record, order, type, settleType, amounts, basis)
      let lineId = record.productOrderId
      // A delivery fee has its own number [DOC]; reversals reuse the original's.
      if (type === 'DELIVERY') lineId = settled.deliveryFeeNo ??= this.ctx.ids.packageNumber(at)
      const original = settled.originals[type]
      const seq = this.append(
        diff < 0 && original !== undefined ? { ...line, reverses: original } : line,
        lineId,
      )
      if (diff > 0) settled.originals[type] ??= seq
      settled[key] = target[key]
    }
  }

  private line(
    record: ProductOrderRecord,
    order: Order,
    type: LineType,
    settleType: LineSettleType,
    amounts: Position,
    basisDate: string | null,
  ): Omit<CaseLine, 'seq' | 'lineId'> {
    const amount = type === 'PROD_ORDER' ? amounts.product : amounts.delivery
    const expectDate = basisDate === null ? null : this.calendar.expectedDate(basisDate, this.options.cycle)
    const config = this.options
    return buildLine({ record, order, type, settleType, amount, basisDate, expectDate, config })
  }
}
