export { act, type ClaimActionResult, confirm, dispatch } from './api/actions.js'
export { checkDelivery, DELIVERY_COMPANY_CODES } from './api/delivery-rules.js'
export { buildDetail, type ProductOrderDetail } from './api/detail.js'
export {
  dateParam,
  lastChangedStatuses,
  productOrderIds,
  queryProductOrders,
  searchProductOrders,
} from './api/queries.js'
export { type Review, reviews, writeReview } from './api/reviews.js'
export { type ChangeEvent, ChangeLog } from './change-log.js'
export { type ClockMode, parseDuration, VirtualClock } from './clock.js'
export { createEngine, Engine, type TokenResponse } from './engine.js'
export { createKoreanFaker, type FakeAddress } from './fake.js'
export { seededRandom } from './ids.js'
export type { JournalEntry } from './journal.js'
export { Journal } from './journal.js'
export type { EventInput } from './machine/effects.js'
export {
  type Actor,
  type EventName,
  isMerchantAction,
  isSandboxEvent,
  MERCHANT_ACTIONS,
  type MerchantAction,
  SANDBOX_EVENT_ACTORS,
  SANDBOX_EVENTS,
  type SandboxEvent,
  SINGLE_ITEM_ACTIONS,
} from './machine/events.js'
export { ALL_EVENTS, reachableStates, unreachableRows } from './machine/explore.js'
export {
  type ClaimStatus,
  type ClaimType,
  describeState,
  type HoldbackStatus,
  hasOpenClaim,
  type LastChangedType,
  type MachineState,
  type PlaceOrderStatus,
  type ProductOrderStatus,
  TERMINAL_CLAIM_STATUSES,
} from './machine/state.js'
export { REFUSALS, type StatePattern, TRANSITIONS, type TransitionRow } from './machine/table.js'
export { allowedEvents, findRow, refusalCode, transition } from './machine/transition.js'
export type { Merchant } from './merchants.js'
export { DEFAULT_MERCHANT, type EngineOptions } from './options.js'
export type { CreateOrderInput, CreateOrderItem } from './order-builder.js'
export {
  checkState,
  type SandboxState,
  STATE_FORMAT,
  STATE_VERSION,
  type TenantState,
} from './persistence.js'
export { type ProductOrderRecord, stateOf } from './records.js'
export { SandboxError } from './sandbox-error.js'
export {
  addDays,
  BusinessCalendar,
  type CaseLine,
  type CommissionRounding,
  commissionDetails,
  commissionOf,
  type DateRangeQuery,
  DEFAULT_PAY_COMMISSION_RATES,
  FIXED_KOREAN_HOLIDAYS,
  lastDayOfPreviousMonth,
  type PayMeansType,
  payMeansTypeOf,
  type ResolvedSettlementOptions,
  type SettleCaseQuery,
  type SettleCycle,
  SettlementLedger,
  type SettlementOptions,
  type SettlementTrigger,
  settleCases,
  settleDaily,
  vatCases,
  vatDaily,
  vatEvidenceOf,
} from './settlement/index.js'
export { type CommitEvent, type FiredEvent, type RunResult, Tenant } from './tenant.js'
