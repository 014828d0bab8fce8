/**
 * The five settlement endpoints over a tenant's ledger (facts §11): settle/case, settle/commission-details,
 * settle/daily, vat/case, vat/daily. Each reads only the index buckets of the dates asked for.
 */
import type { Schemas } from '../../../schema/src/index.js'
import type { Tenant } from '../tenant.js'
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
type Loose<T> =
  | {
      [K in keyof T]?: T[K] | undefined
    }
  | Readonly<Record<string, unknown>>
/**
 * `GET settle/case`: settlement lines per product order and delivery fee.
 * @example settleCases(tenant, { searchDate: '2024-05-24', pageNumber: 1, pageSize: 100 }).elements
 */
export declare function settleCases(tenant: Tenant, q: Loose<SettleCaseQuery>): Schemas['SettleCasePage']
/**
 * `GET settle/commission-details`: the commissions of the same lines settle/case selects.
 * @example commissionDetails(tenant, { productOrderId, pageNumber: 1, pageSize: 100 }).elements
 */
export declare function commissionDetails(
  tenant: Tenant,
  q: Loose<SettleCaseQuery>,
): Schemas['CommissionDetailPage']
/**
 * `GET settle/daily`: one element per expected settlement date that has lines.
 * @example settleDaily(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 31 })
 */
export declare function settleDaily(tenant: Tenant, q: Loose<DateRangeQuery>): Schemas['SettleDailyPage']
/**
 * `GET vat/case`: one element per line with money in it, by basis date.
 * @example vatCases(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 100 })
 */
export declare function vatCases(tenant: Tenant, q: Loose<DateRangeQuery>): Schemas['VatCasePage']
/**
 * `GET vat/daily`: the VAT amounts per basis date.
 * @example vatDaily(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 31 })
 */
export declare function vatDaily(tenant: Tenant, q: Loose<DateRangeQuery>): Schemas['VatDailyPage']
