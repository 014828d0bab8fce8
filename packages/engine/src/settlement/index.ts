export { addDays, BusinessCalendar, daysBetween, lastDayOfPreviousMonth } from './calendar.ts'
export { SettlementLedger } from './ledger.ts'
export { type CaseLine, commissionOf, type LineSettleType, type LineType } from './lines.ts'
export {
  type CommissionRounding,
  DEFAULT_PAY_COMMISSION_RATES,
  FIXED_KOREAN_HOLIDAYS,
  type PayMeansType,
  type ResolvedSettlementOptions,
  type SettleCycle,
  type SettlementOptions,
  type SettlementTrigger,
} from './options.ts'
export { payMeansTypeOf, type VatEvidence, vatEvidenceOf } from './pay-means.ts'
export {
  commissionDetails,
  type DateRangeQuery,
  type SettleCaseQuery,
  settleCases,
  settleDaily,
  vatCases,
  vatDaily,
} from './queries.ts'
