export { act, type ClaimActionResult, confirm, dispatch } from './api/actions.ts'
export { checkDelivery, DELIVERY_COMPANY_CODES } from './api/delivery-rules.ts'
export { buildDetail, type ProductOrderDetail } from './api/detail.ts'
export {
  dateParam,
  lastChangedStatuses,
  productOrderIds,
  queryProductOrders,
  searchProductOrders,
} from './api/queries.ts'
export { type Review, reviews, writeReview } from './api/reviews.ts'
export { type ChangeEvent, ChangeLog } from './change-log.ts'
export { type ChangeSet, ChangeTracker, type TenantDelta } from './change-tracker.ts'
export { type ClockMode, parseDuration, VirtualClock } from './clock.ts'
export { createEngine, Engine, type TokenResponse } from './engine.ts'
export { createKoreanFaker, type FakeAddress } from './fake.ts'
export { seededRandom } from './ids.ts'
export type { JournalEntry, JournalFilter, JournalSource } from './journal.ts'
export { Journal } from './journal.ts'
export {
  ACTION_ERROR_CODES,
  ACTIONS,
  type ActionDeclaration,
  type AnyMerchantAction,
  actionInput,
  defaultBody,
  errorCodesOf,
  type RequestBody,
} from './machine/actions.ts'
export {
  type BodyContext,
  type BodyTemplate,
  type BodyValue,
  fillBody,
  fillValue,
} from './machine/body-template.ts'
export type { EventInput } from './machine/effects.ts'
export {
  type Actor,
  EVENT_ACTORS,
  type EventName,
  INTERNAL_EVENTS,
  isMerchantAction,
  isSandboxEvent,
  isSellerAction,
  MERCHANT_ACTIONS,
  type MerchantAction,
  ORDER_WIDE_EVENTS,
  SANDBOX_EVENT_ACTORS,
  SANDBOX_EVENTS,
  type SandboxEvent,
  SELLER_ACTIONS,
  type SellerAction,
  SINGLE_ITEM_ACTIONS,
} from './machine/events.ts'
export { ALL_EVENTS, reachableStates, unreachableRows } from './machine/explore.ts'
export { GUARD_WORLDS, type GuardCheck, type GuardWorld, guardCheck } from './machine/guards.ts'
export { HOPE_DELIVERY_CHANGER, HOPE_DELIVERY_RULES } from './machine/hope-delivery.ts'
export { type DiagramNode, diagramNode, LANES, type Lane, type LaneId, laneOf } from './machine/lanes.ts'
export { stepsBefore } from './machine/prerequisites.ts'
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
  REVIEWABLE_STATUSES,
  TERMINAL_CLAIM_STATUSES,
} from './machine/state.ts'
export { REFUSALS, type StatePattern, TRANSITIONS, type TransitionRow } from './machine/table.ts'
export { dueTimer, TIMERS, type Timer } from './machine/timers.ts'
export { allowedEvents, findRow, refusalCode, type Step, transition } from './machine/transition.ts'
export { type MachineWalk, type WalkEdge, walk } from './machine/walk.ts'
export { apiOf, type Merchant } from './merchants.ts'
export {
  DEFAULT_COMMERCE_MERCHANT,
  DEFAULT_MERCHANT,
  type EngineOptions,
  PAYMENT_EXPIRY_LAST_CHANGED_TYPES,
} from './options.ts'
export type { CreateOrderInput, CreateOrderItem } from './order-builder.ts'
export {
  checkState,
  MIGRATIONS,
  type SandboxState,
  STATE_FORMAT,
  STATE_VERSION,
  type StoredSandboxState,
  type StoredTenantState,
  type TenantState,
  upgradeState,
} from './persistence.ts'
export { DeferredProductOrder, type ProductOrderHead, productOrderHead } from './product-order-map.ts'
export {
  type DeepReadonly,
  type ProductOrderRecord,
  type ReadonlyOrderRecord,
  type ReadonlyProductOrderRecord,
  stateOf,
} from './records.ts'
export { SandboxError } from './sandbox-error.ts'
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
} from './settlement/index.ts'
export { jsonChunks } from './state-chunks.ts'
export { type CommitEvent, type FiredEvent, type RunResult, Tenant } from './tenant.ts'
export { defineTenantExtension, type TenantExtension } from './tenant-extensions.ts'
