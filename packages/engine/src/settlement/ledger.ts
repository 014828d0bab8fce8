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
import { applyOrderCommissions } from './commission.ts'
import { LineStore } from './line-store.ts'
import { buildLine, type CaseLine, type LineSettleType, type LineType } from './lines.ts'
import {
  type CommissionConfig,
  difference,
  isEmpty,
  type LineMoney,
  type Money,
  noMoney,
  type PaymentSplit,
  paymentSplitOf,
  settlementOf,
  total,
} from './money.ts'
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
  /** Older saves lack `config` and `split` (the options in force then stand in). */
  settled: [string, Partial<Omit<Settled, 'money'>>][]
}

/** How far a product order is settled, and what its later lines are computed with. */
interface Settled {
  deliveryFeeNo?: string
  originals: Partial<Record<LineType, number>>
  /** Rates and payment split at settlement, so later configuration or order edits never move its lines. */
  config: CommissionConfig
  split: PaymentSplit
  /** The sum of its lines so far (rebuilt from the lines on load). */
  money: Money
}

const TYPES = ['PROD_ORDER', 'DELIVERY'] as const

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
   * Changes this tenant's settlement options: the given ones over those in force, or over the engine's
   * defaults with `from: 'defaults'`. Lines already written keep their numbers; the commission fields of
   * product orders not settled yet follow the new rates.
   * @example engine.tenant().settlement.configure({ trigger: 'delivery', sellingInterlockCommissionRate: 0 })
   */
  configure(options: SettlementOptions, from: 'current' | 'defaults' = 'current'): ResolvedSettlementOptions {
    const base = from === 'defaults' ? this.ctx.options.settlement : this.options
    this.options = resolveSettlementOptions(options, base)
    this.calendar = new BusinessCalendar(this.options.holidays)
    const { orders, productOrders } = this.tenant[RECORDS]
    for (const record of productOrders.values()) {
      const order = orders.get(record.orderId)?.order
      if (order && !this.settled.has(record.productOrderId)) this.refreshFields(record, order)
    }
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
    const target = settlementOf(record.productOrder, order, this.options)
    return TYPES.filter((type) => !isEmpty(target[type])).map((type) => ({
      ...this.line(record, order, type, 'NORMAL_SETTLE_ORIGINAL', target[type], null),
      seq: -1,
      lineId: record.productOrderId,
    }))
  }

  /** The ledger as JSON-safe data, for the sandbox state (engine extension `settlement`). */
  save(): SavedLedger {
    const settled = [...this.settled].map(
      ([id, { money: _, ...rest }]) => [id, rest] as [string, typeof rest],
    )
    return { options: this.options, lines: [...this.all()], settled }
  }

  /** Replaces the ledger with saved data, after the tenant's orders were restored; lines keep their seq. */
  load(saved: SavedLedger | undefined) {
    this.clear()
    for (const head of this.tenant[RECORDS].productOrders.heads())
      if (head.times.payed !== undefined)
        this.paidOn.add(formatKstDate(head.times.payed), head.productOrderId)
    if (!saved) return
    this.options = resolveSettlementOptions(saved.options as SettlementOptions)
    this.calendar = new BusinessCalendar(this.options.holidays)
    // `append` copies the line and sets its seq; a saved line's own seq and lineId sit where it puts them.
    for (const line of saved.lines) this.append(upgradeLine(line), line.lineId)
    for (const [id, position] of saved.settled) {
      const lines = this.forProductOrder(id).filter((l) => l.productOrderId === id)
      const order = this.tenant[RECORDS].orders.get(lines[0]?.orderId ?? '')?.order ?? {}
      this.settled.set(id, {
        originals: position.originals ?? {},
        config: position.config ?? this.options,
        split: position.split ?? paymentSplitOf(order),
        ...(position.deliveryFeeNo ? { deliveryFeeNo: position.deliveryFeeNo } : {}),
        money: {
          PROD_ORDER: total(lines.filter((l) => l.productOrderType === 'PROD_ORDER').map(moneyOf)),
          DELIVERY: total(lines.filter((l) => l.productOrderType === 'DELIVERY').map(moneyOf)),
        },
      })
      if (position.deliveryFeeNo) this.ctx.ids.reserve(position.deliveryFeeNo)
    }
  }

  override clear() {
    super.clear()
    this.settled.clear()
  }

  private onCommit({ record, order, steps, at }: CommitEvent) {
    this.settle(record, order, steps, at)
    this.refreshFields(record, order)
  }

  /** The order's commission fields from the same value its lines are written from. */
  private refreshFields(record: ProductOrderRecord, order: Order) {
    const settled = this.settled.get(record.productOrderId)
    applyOrderCommissions(record.productOrder, settled?.split ?? order, settled?.config ?? this.options)
  }

  private settle(record: ProductOrderRecord, order: Order, steps: CommitEvent['steps'], at: number) {
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
      const marker = this.line(record, order, 'PROD_ORDER', 'NORMAL_SETTLE_BEFORE_CANCEL', noMoney(), basis)
      this.append({ ...marker, expectDate: null }, record.productOrderId)
    }
    const milestone = TRIGGER_MILESTONES[this.options.trigger].find((m) => record.times[m] !== undefined)
    const settleAt = milestone === undefined ? keptAfterClaim(record) : record.times[milestone]
    if (settleAt === undefined) return
    const fresh: Settled = {
      originals: {},
      config: {
        payCommissionRates: { ...this.options.payCommissionRates },
        sellingInterlockCommissionRate: this.options.sellingInterlockCommissionRate,
        rounding: this.options.rounding,
      },
      split: paymentSplitOf(order),
      money: { PROD_ORDER: noMoney(), DELIVERY: noMoney() },
    }
    this.settled.set(record.productOrderId, fresh)
    this.follow(record, order, fresh, settleAt)
  }

  /** Appends whatever moves the settled position to the value of the record's remaining payment. */
  private follow(record: ProductOrderRecord, order: Order, settled: Settled, at: number) {
    const target = settlementOf(record.productOrder, settled.split, settled.config)
    const basis = formatKstDate(at)
    for (const type of TYPES) {
      const diff = difference(target[type], settled.money[type])
      if (isEmpty(diff)) continue
      const back = diff.amount < 0 || (diff.amount === 0 && diff.benefit < 0)
      const settleType = back ? 'NORMAL_SETTLE_AFTER_CANCEL' : 'NORMAL_SETTLE_ORIGINAL'
      const line = this.line(record, order, type, settleType, diff, basis)
      let lineId = record.productOrderId
      // A delivery fee has its own number [DOC]; reversals reuse the original's.
      if (type === 'DELIVERY') lineId = settled.deliveryFeeNo ??= this.ctx.ids.packageNumber(at)
      const original = settled.originals[type]
      const seq = this.append(back && original !== undefined ? { ...line, reverses: original } : line, lineId)
      if (!back) settled.originals[type] ??= seq
      settled.money[type] = target[type]
    }
  }

  private line(
    record: ProductOrderRecord,
    order: Order,
    type: LineType,
    settleType: LineSettleType,
    money: LineMoney,
    basisDate: string | null,
  ): Omit<CaseLine, 'seq' | 'lineId'> {
    const expectDate = basisDate === null ? null : this.calendar.expectedDate(basisDate, this.options.cycle)
    return buildLine({ record, order, type, settleType, money, basisDate, expectDate })
  }
}

/**
 * [INF] A partial cancel or return that ends the product order (CANCELED or RETURNED with units left)
 * leaves nothing that could still reach the trigger: the buyer keeps the rest, so it settles when the
 * claim completes, as a purchase decision would settle it.
 */
function keptAfterClaim(record: ProductOrderRecord): number | undefined {
  const po = record.productOrder
  const ended = po.productOrderStatus === 'CANCELED' || po.productOrderStatus === 'RETURNED'
  return ended && (po.remainQuantity ?? 0) > 0 ? record.times.claimCompleted : undefined
}

/** A line's money. */
function moneyOf(line: CaseLine): LineMoney {
  return {
    amount: line.paySettleAmount,
    payments: line.payments,
    payCommission: line.payCommission,
    interlockRate: line.interlockCommissionRate,
    interlockCommission: line.interlockCommission,
    benefit: line.benefit,
  }
}

/** Lines saved before they carried a split by means and a benefit get them (one means, no benefit). */
function upgradeLine(line: Omit<CaseLine, 'seq' | 'lineId'>): Omit<CaseLine, 'seq' | 'lineId'> {
  if (line.payments && line.benefit !== undefined) return line
  const payments =
    line.payments ??
    (line.paySettleAmount === 0 && line.payCommission === 0
      ? []
      : [
          {
            payMeansType: line.payMeansType,
            amount: line.paySettleAmount,
            rate: line.payCommissionRate,
            commission: line.payCommission,
          },
        ])
  return { ...line, payments, benefit: line.benefit ?? 0 }
}
