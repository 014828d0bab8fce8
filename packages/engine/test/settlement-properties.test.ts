/**
 * Properties of the settlement numbers over 1,000 generated order histories (orders of 1–3 items, paid or
 * not, partial and whole cancels, returns, exchanges, automatic decisions, clock moves), one engine per
 * trigger. A small seeded generator drives them, so a failure replays exactly.
 */
import { formatKstDate } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import {
  commissionDetails,
  commissionOf,
  type EventName,
  lastDayOfPreviousMonth,
  type SettlementTrigger,
  settleCases,
  settleDaily,
  type Tenant,
  vatCases,
  vatDaily,
} from '../src/index.ts'
import { actorOf, DAY, HOUR, inputFor, newEngine } from './support.ts'

function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!
  return { next, int, pick }
}

const MEANS = ['신용카드', '계좌 간편결제', '무통장입금', '포인트/머니결제', '휴대폰', '후불결제']
const TAX = ['TAXATION', 'TAX_EXEMPTION', 'TAX_FREE'] as const
const PARTIAL: ReadonlySet<string> = new Set([
  'buyer-cancel',
  'requestCancel',
  'buyer-return',
  'requestReturn',
])

/** Places one random order and walks each product order through random allowed events. */
function history(tenant: Tenant, r: ReturnType<typeof random>) {
  const items = Array.from({ length: r.int(1, 3) }, () => ({
    unitPrice: r.int(1, 2_000) * 50,
    quantity: r.int(1, 3),
    deliveryFeeAmount: r.pick([0, 0, 2_500, 3_000]),
    taxType: r.pick(TAX),
  }))
  const placed = tenant.createOrder({ items, paymentMeans: r.pick(MEANS), paid: r.next() > 0.15 })
  for (const id of placed.productOrderIds) {
    for (let i = r.int(0, 9); i > 0; i--) {
      const events = [...tenant.allowedSandboxEvents(id), ...tenant.allowedMerchantActions(id)] as EventName[]
      if (events.length === 0) break
      const event = r.pick(events)
      const remain = tenant.productOrder(id)!.productOrder.remainQuantity ?? 1
      const quantity = PARTIAL.has(event) && r.next() < 0.4 ? { quantity: r.int(1, remain) } : {}
      tenant.run(id, event, inputFor(tenant, event, quantity), actorOf(event))
      if (r.next() < 0.3) tenant.advance(r.pick([HOUR, DAY, 3 * DAY]))
    }
  }
}

const sum = <T>(items: readonly T[], f: (item: T) => number) => items.reduce((t, item) => t + f(item), 0)
const all = <T>(page: (pageNumber: number) => { elements: T[]; pagination: { totalPages?: number } }) => {
  const first = page(1)
  const rest = Array.from({ length: Math.max(0, (first.pagination.totalPages ?? 1) - 1) }, (_, i) =>
    page(i + 2),
  )
  return [first, ...rest].flatMap((p) => p.elements)
}

test.each(['purchase-decision', 'delivery', 'dispatch', 'payment'] as SettlementTrigger[])(
  'settlement numbers reconcile over 250 random histories settled at %s',
  (trigger) => {
    const tenant = newEngine({ settlement: { trigger }, seed: trigger.length }).tenant()
    const r = random(trigger.length * 7919)
    for (let n = 0; n < 250; n++) history(tenant, r)
    tenant.advance(40 * DAY)
    const ledger = tenant.settlement
    const lines = ledger.all()
    const { rounding } = ledger.config
    const types = new Set(lines.map((l) => l.settleType))
    expect(
      types.has('NORMAL_SETTLE_ORIGINAL') &&
        types.has(trigger === 'payment' ? 'NORMAL_SETTLE_AFTER_CANCEL' : 'NORMAL_SETTLE_BEFORE_CANCEL'),
    ).toBe(true)

    // Violations are collected, not asserted one by one: one readable failure, and thousands of lines stay fast.
    const problems: string[] = []
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what)
    }
    for (const line of lines) {
      const at = `line ${line.seq} (${line.settleType} ${line.productOrderType})`
      check(tenant.productOrder(line.productOrderId)!.times.payed !== undefined, `${at} of an unpaid order`)
      check(sum(line.payments, (p) => p.amount) === line.paySettleAmount, `${at} split by means`)
      check(sum(line.payments, (p) => p.commission) === line.payCommission, `${at} pay commission by means`)
      // An original line charges the plain commission; a reversal refunds the difference of rounded totals.
      if (line.settleType === 'NORMAL_SETTLE_ORIGINAL' && line.reverses === undefined) {
        for (const p of line.payments)
          check(p.commission === commissionOf(p.amount, p.rate, rounding), `${at} pay commission`)
        check(
          line.interlockCommission ===
            commissionOf(line.paySettleAmount, line.interlockCommissionRate, rounding),
          `${at} interlock commission`,
        )
      }
      check(
        line.settleExpectAmount === line.paySettleAmount + line.payCommission + line.interlockCommission,
        `${at} sum`,
      )
      if (line.settleType === 'NORMAL_SETTLE_AFTER_CANCEL') {
        const original = lines[line.reverses ?? -1]
        check(
          original?.settleType === 'NORMAL_SETTLE_ORIGINAL' &&
            original.productOrderId === line.productOrderId &&
            original.productOrderType === line.productOrderType,
          `${at} reverses no original`,
        )
      }
    }
    for (const record of tenant.productOrderRecords()) {
      const id = record.productOrderId
      const own = ledger.forProductOrder(id)
      const po = record.productOrder
      const product = (po.remainProductAmount ?? 0) - (po.remainProductDiscountAmount ?? 0)
      const expected = ledger.isSettled(id) ? [product, (po.remainPaymentAmount ?? 0) - product] : [0, 0]
      const byType = (type: string) =>
        sum(
          own.filter((l) => l.productOrderType === type),
          (l) => l.paySettleAmount,
        )
      check(
        byType('PROD_ORDER') === expected[0] && byType('DELIVERY') === expected[1],
        `${id} settles its remaining amounts`,
      )
      if (ledger.isSettled(id) || (po.remainQuantity ?? 1) === 0) {
        // The order's own fields are the magnitudes of its lines' sums (0 once nothing remains).
        const charged = -sum(own, (l) => l.payCommission)
        const interlock = -sum(own, (l) => l.interlockCommission)
        const receives = sum(own, (l) => l.settleExpectAmount + l.benefit)
        check(
          po.paymentCommission === charged &&
            po.knowledgeShoppingSellingInterlockCommission === interlock &&
            po.expectedSettlementAmount === receives,
          `${id} commission fields ${po.paymentCommission}/${po.knowledgeShoppingSellingInterlockCommission}/${po.expectedSettlementAmount} vs lines ${charged}/${interlock}/${receives}`,
        )
      }
    }
    expect(problems).toEqual([])

    const page = { pageNumber: 1, pageSize: 1000 }
    const days = all((pageNumber) =>
      settleDaily(tenant, { startDate: '2024-01-01', endDate: '2025-12-31', pageNumber, pageSize: 9 }),
    )
    expect(sum(days, (d) => d.settleAmount!)).toBe(sum(lines, (l) => l.settleExpectAmount))
    for (const day of days) {
      const cases = all((pageNumber) =>
        settleCases(tenant, { searchDate: day.settleExpectDate!, pageNumber, pageSize: 7 }),
      )
      expect(cases).toEqual(settleCases(tenant, { ...page, searchDate: day.settleExpectDate! }).elements)
      expect(day.settleAmount).toBe(sum(cases, (c) => c.settleExpectAmount))
      expect(day.paySettleAmount).toBe(sum(cases, (c) => c.paySettleAmount))
      const commissions = commissionDetails(tenant, { ...page, searchDate: day.settleExpectDate! }).elements
      expect(day.commissionSettleAmount).toBe(sum(commissions, (c) => c.commissionAmount))
    }

    const lastBasis =
      lines
        .map((l) => l.basisDate ?? '')
        .sort()
        .at(-1) ?? ''
    tenant.advance(40 * DAY)
    const range = { startDate: '2024-01-01', endDate: lastDayOfPreviousMonth(formatKstDate(tenant.now())) }
    expect(range.endDate >= lastBasis).toBe(true)
    const vat = all((pageNumber) => vatCases(tenant, { ...range, pageNumber, pageSize: 500 }))
    for (const v of vat) {
      expect(v.taxationSalesAmount + v.taxExemptionSalesAmount).toBe(v.totalSalesAmount)
      const evidence = v.creditCardAmount + v.cashInComeDeductionAmount + v.cashOutGoingEvidenceAmount
      expect(evidence + v.cashExclusionIssuanceAmount + v.otherAmount).toBe(v.totalSalesAmount)
    }
    const vatDays = vatDaily(tenant, { ...range, ...page }).elements
    expect(sum(vatDays, (d) => d.totalSalesAmount)).toBe(sum(vat, (v) => v.totalSalesAmount))
    expect(sum(vatDays, (d) => d.taxExemptionSalesAmount)).toBe(sum(vat, (v) => v.taxExemptionSalesAmount))
    expect(sum(vat, (v) => v.totalSalesAmount)).toBe(sum(lines, (l) => l.paySettleAmount))
  },
)
