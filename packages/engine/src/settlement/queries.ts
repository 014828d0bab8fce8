/**
 * The five settlement endpoints over a tenant's ledger (facts §11): settle/case, settle/commission-details,
 * settle/daily, vat/case, vat/daily. Each reads only the index buckets of the dates asked for.
 */
import type { Schemas } from '@npay-sandbox/schema'
import type { Tenant } from '../tenant.ts'
import { lastDayOfPreviousMonth } from './calendar.ts'
import { settleDailyElement, vatDailyElement } from './daily.ts'
import type { SettlementLedger } from './ledger.ts'
import type { CaseLine } from './lines.ts'
import { ParamCheck, paginate } from './params.ts'
import { caseElement, commissionElements, hasVat, vatElements } from './views.ts'

/** Query of settle/case and settle/commission-details (facts §11.1–11.2). */
export interface SettleCaseQuery {
  searchDate?: string
  periodType?: Schemas['SettlePeriodType']
  settleDecisionType?: Schemas['SettleDecisionType']
  settleType?: Schemas['SettleType']
  orderId?: string
  productOrderId?: string
  pageNumber: number
  pageSize: number
}

/** Query of settle/daily, vat/case and vat/daily (facts §11.3–11.5). */
export interface DateRangeQuery {
  startDate: string
  endDate: string
  pageNumber: number
  pageSize: number
}

/** Values arrive unchecked from scenarios and tests; the checks turn bad ones into 400 BAD_REQUEST. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined } | Readonly<Record<string, unknown>>

const SETTLED = new Set(['NORMAL_SETTLE_ORIGINAL', 'NORMAL_SETTLE_AFTER_CANCEL'])

function selectLines(ledger: SettlementLedger, query: Loose<SettleCaseQuery>) {
  const q = query as Record<string, unknown>
  const check = new ParamCheck()
  const date = check.date('searchDate', q.searchDate)
  const periodType = check.oneOf('periodType', q.periodType, 'SettlePeriodType')
  const decision = check.oneOf('settleDecisionType', q.settleDecisionType, 'SettleDecisionType')
  const settleType = check.oneOf('settleType', q.settleType, 'SettleType')
  const paging = check.page(q)
  // [DOC] settleDecisionType only means something with the pay-date period.
  if (decision && periodType !== 'SETTLE_CASEBYCASE_PAY_DATE')
    check.add('settleDecisionType', 'Invalid', '잘못된 값입니다.')
  if ((periodType || decision) && (q.searchDate === undefined || q.searchDate === ''))
    check.add('searchDate', 'NotNull', '널이어서는 안됩니다')
  check.done()
  const orderId = typeof q.orderId === 'string' && q.orderId ? q.orderId : undefined
  const productOrderId =
    typeof q.productOrderId === 'string' && q.productOrderId ? q.productOrderId : undefined

  let lines: readonly CaseLine[]
  if (date === undefined)
    lines = productOrderId
      ? ledger.forProductOrder(productOrderId)
      : orderId
        ? ledger.forOrder(orderId)
        : ledger.all()
  else if (periodType === 'SETTLE_CASEBYCASE_PAY_DATE')
    lines =
      decision === 'UNSETTLED'
        ? ledger.paidOn.on(date).flatMap((id) => ledger.projection(id))
        : ledger.byPay.on(date)
  else if (
    periodType === 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE' ||
    periodType === 'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE'
  )
    lines = ledger.byBasis.on(date)
  else if (periodType === 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE')
    lines = date < ledger.today() ? ledger.byExpect.on(date) : []
  // Without a periodType the day is the expected settlement date, the one settle/daily groups by.
  else lines = ledger.byExpect.on(date)

  const selected = lines.filter(
    (l) =>
      (!orderId || l.orderId === orderId) &&
      (!productOrderId || l.productOrderId === productOrderId || l.lineId === productOrderId) &&
      (!settleType || l.settleType === settleType) &&
      (decision !== 'SETTLED' || SETTLED.has(l.settleType)) &&
      (decision !== 'BEFORE_CANCEL' || l.settleType === 'NORMAL_SETTLE_BEFORE_CANCEL'),
  )
  return { selected, ...paging }
}

/**
 * `GET settle/case`: settlement lines per product order and delivery fee.
 * @example settleCases(tenant, { searchDate: '2024-05-24', pageNumber: 1, pageSize: 100 }).elements
 */
export function settleCases(tenant: Tenant, q: Loose<SettleCaseQuery>): Schemas['SettleCasePage'] {
  const { selected, page, size } = selectLines(tenant.settlement, q)
  const result = paginate(selected, page, size)
  return { ...result, elements: result.elements.map((l) => caseElement(tenant.settlement, l)) }
}

/**
 * `GET settle/commission-details`: the commissions of the same lines settle/case selects.
 * @example commissionDetails(tenant, { productOrderId, pageNumber: 1, pageSize: 100 }).elements
 */
export function commissionDetails(
  tenant: Tenant,
  q: Loose<SettleCaseQuery>,
): Schemas['CommissionDetailPage'] {
  const { selected, page, size } = selectLines(tenant.settlement, q)
  return paginate(
    selected.flatMap((l) => commissionElements(tenant.settlement, l)),
    page,
    size,
  )
}

function dateRange(tenant: Tenant, query: Loose<DateRangeQuery>, vat: boolean) {
  const q = query as Record<string, unknown>
  const check = new ParamCheck()
  const start = check.date('startDate', q.startDate, true)
  const end = check.date('endDate', q.endDate, true)
  const paging = check.page(q)
  if (start && end && end < start) check.add('endDate', 'Invalid', '잘못된 값입니다.')
  // [DOC] VAT can be queried up to the last day of the previous month (전월 말일까지), on the tenant's clock.
  if (vat && end && end > lastDayOfPreviousMonth(tenant.settlement.today()))
    check.add('endDate', 'Max', '잘못된 값입니다.')
  check.done()
  return { start: start!, end: end!, ...paging }
}

/**
 * `GET settle/daily`: one element per expected settlement date that has lines.
 * @example settleDaily(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 31 })
 */
export function settleDaily(tenant: Tenant, q: Loose<DateRangeQuery>): Schemas['SettleDailyPage'] {
  const { start, end, page, size } = dateRange(tenant, q, false)
  const ledger = tenant.settlement
  const days = ledger.byExpect.daysBetween(start, end)
  const result = paginate(days, page, size)
  return {
    ...result,
    elements: result.elements.map((d) => settleDailyElement(ledger, d, ledger.byExpect.on(d))),
  }
}

/** The lines with money or a benefit in them of each basis date in the range (BEFORE_CANCEL markers carry none). */
function vatDays(ledger: SettlementLedger, start: string, end: string) {
  return ledger.byBasis
    .daysBetween(start, end)
    .map((date) => ({ date, lines: ledger.byBasis.on(date).filter(hasVat) }))
    .filter((day) => day.lines.length > 0)
}

/**
 * `GET vat/case`: one element per line with money in it, by basis date.
 * @example vatCases(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 100 })
 */
export function vatCases(tenant: Tenant, q: Loose<DateRangeQuery>): Schemas['VatCasePage'] {
  const { start, end, page, size } = dateRange(tenant, q, true)
  const ledger = tenant.settlement
  const elements = vatDays(ledger, start, end).flatMap((day) =>
    day.lines.flatMap((l) => vatElements(ledger, l)),
  )
  return paginate(elements, page, size)
}

/**
 * `GET vat/daily`: the VAT amounts per basis date.
 * @example vatDaily(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 31 })
 */
export function vatDaily(tenant: Tenant, q: Loose<DateRangeQuery>): Schemas['VatDailyPage'] {
  const { start, end, page, size } = dateRange(tenant, q, true)
  const ledger = tenant.settlement
  const days = paginate(vatDays(ledger, start, end), page, size)
  return { ...days, elements: days.elements.map((day) => vatDailyElement(ledger, day.date, day.lines)) }
}
