export { addDays, BusinessCalendar, daysBetween, lastDayOfPreviousMonth } from './calendar.js'
export { SettlementLedger } from './ledger.js'
export { type CaseLine, commissionOf, type LineSettleType, type LineType } from './lines.js'
export {
  type CommissionRounding,
  DEFAULT_PAY_COMMISSION_RATES,
  FIXED_KOREAN_HOLIDAYS,
  type PayMeansType,
  type ResolvedSettlementOptions,
  type SettleCycle,
  type SettlementOptions,
  type SettlementTrigger,
} from './options.js'
export { payMeansTypeOf, type VatEvidence, vatEvidenceOf } from './pay-means.js'
export {
  commissionDetails,
  type DateRangeQuery,
  type SettleCaseQuery,
  settleCases,
  settleDaily,
  vatCases,
  vatDaily,
} from './queries.js'
