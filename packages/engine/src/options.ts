/** Engine options, one typed object with documented defaults, checked when the engine is built. */
import {
  type ApiProfile,
  DEFAULT_AUTO_PURCHASE_DECISION_DAYS,
  DEFAULT_PAYMENT_DUE_DAYS,
  SIGNATURE_FUTURE_TOLERANCE_MS,
} from '@npay-sandbox/protocol'
import type { LastChangedType } from './change-log.ts'
import type { ClockMode } from './clock.ts'
import {
  type ResolvedSettlementOptions,
  resolveSettlementOptions,
  type SettlementOptions,
} from './settlement/options.ts'

export interface EngineOptions {
  /** Seed of every generated id and value (default 1): the same seed gives the same sandbox. */
  seed?: number
  /** `flowing` (default) follows real time plus an offset; `frozen` moves only when advanced. */
  clock?: ClockMode
  /** Virtual time at start, epoch ms (default: now). */
  startTime?: number
  /** Days after delivery (or exchange completion) until the automatic purchase decision (default 8; 0 = never). */
  autoPurchaseDecisionDays?: number
  /** Days an unpaid virtual-account order waits for its deposit (default 3). */
  paymentDueDays?: number
  /** Which clock checks signature timestamps: the wall clock (default, so advancing a tenant's clock never breaks real clients) or the tenant's virtual clock. */
  signatureClock?: 'wall' | 'virtual'
  /** How far in the future a signature timestamp may be, ms (default 5000). */
  signatureFutureToleranceMs?: number
  /**
   * What the deposit deadline passing (PAYMENT_WAITING → CANCELED_BY_NOPAYMENT, facts §10.1 N4) writes
   * to last-changed: `none` (default: no row, so a poller learns of it only by querying the order) or the
   * lastChangedType of a row to emit, e.g. `CLAIM_COMPLETED`. The real behaviour is unknown (open Q8).
   */
  paymentExpiryLastChangedType?: LastChangedType | 'none'
  /** Shape of an empty last-changed result: no `data` (default, as Naver announced) or an empty list. */
  emptyLastChanged?: 'omit-data' | 'empty-list'
  /** Also emit the deprecated top-level `cancel`/`return`/`exchange` blocks (default true). */
  deprecatedClaimBlocks?: boolean
  /** Credentials of the merchant that exists from the start. */
  defaultMerchant?: {
    clientId?: string
    clientSecret?: string
    mallId?: string
    name?: string
    /** The API the default merchant speaks (default `npay`). */
    api?: ApiProfile
  }
  /** The wall clock (tests may replace it). */
  wallClock?: () => number
  /** Settlement derivation: trigger, cycle, commission rates, rounding, holidays (see SettlementOptions; each tenant may `configure` its own). */
  settlement?: SettlementOptions
}

/** The values `paymentExpiryLastChangedType` takes: `none` or a lastChangedType (facts §9.4). */
export const PAYMENT_EXPIRY_LAST_CHANGED_TYPES: readonly (LastChangedType | 'none')[] = [
  'none',
  'PAY_WAITING',
  'PAYED',
  'EXCHANGE_OPTION',
  'DELIVERY_ADDRESS_CHANGED',
  'GIFT_RECEIVED',
  'CLAIM_REJECTED',
  'DISPATCHED',
  'CLAIM_REQUESTED',
  'COLLECT_DONE',
  'CLAIM_COMPLETED',
  'PURCHASE_DECIDED',
  'HOPE_DELIVERY_INFO_CHANGED',
  'CLAIM_REDELIVERING',
]

export type ResolvedEngineOptions = Required<Omit<EngineOptions, 'defaultMerchant' | 'settlement'>> & {
  defaultMerchant: { clientId: string; clientSecret: string; mallId: string; name: string; api: ApiProfile }
  settlement: ResolvedSettlementOptions
}

/** Stable, documented credentials of the default merchant (printed by the CLI). */
export const DEFAULT_MERCHANT = {
  clientId: 'npaySandboxDefaultApp1',
  clientSecret: '$2a$04$npaySandboxDefaultSalt',
  mallId: 'np_sandbox',
  name: '샌드박스 기본 가맹점',
} as const

/** The default merchant's mall id and name when it is a Commerce API app (`defaultMerchant.api`). */
export const DEFAULT_COMMERCE_MERCHANT = {
  mallId: 'ncp_sandbox_01',
  name: '샌드박스 기본 스마트스토어',
} as const

function defaultMerchantOf(input: EngineOptions['defaultMerchant'] = {}) {
  const api = input.api ?? 'npay'
  return { ...DEFAULT_MERCHANT, ...(api === 'commerce' ? DEFAULT_COMMERCE_MERCHANT : {}), ...input, api }
}

export function resolveOptions(options: EngineOptions = {}): ResolvedEngineOptions {
  const wallClock = options.wallClock ?? Date.now
  const resolved: ResolvedEngineOptions = {
    seed: options.seed ?? 1,
    clock: options.clock ?? 'flowing',
    startTime: options.startTime ?? wallClock(),
    autoPurchaseDecisionDays: options.autoPurchaseDecisionDays ?? DEFAULT_AUTO_PURCHASE_DECISION_DAYS,
    paymentDueDays: options.paymentDueDays ?? DEFAULT_PAYMENT_DUE_DAYS,
    signatureClock: options.signatureClock ?? 'wall',
    signatureFutureToleranceMs: options.signatureFutureToleranceMs ?? SIGNATURE_FUTURE_TOLERANCE_MS,
    paymentExpiryLastChangedType: options.paymentExpiryLastChangedType ?? 'none',
    emptyLastChanged: options.emptyLastChanged ?? 'omit-data',
    deprecatedClaimBlocks: options.deprecatedClaimBlocks ?? true,
    defaultMerchant: defaultMerchantOf(options.defaultMerchant),
    wallClock,
    settlement: resolveSettlementOptions(options.settlement),
  }
  if (!Number.isInteger(resolved.seed)) throw new TypeError('seed must be an integer')
  if (!['flowing', 'frozen'].includes(resolved.clock))
    throw new TypeError('clock must be "flowing" or "frozen"')
  if (!(resolved.autoPurchaseDecisionDays >= 0)) throw new TypeError('autoPurchaseDecisionDays must be ≥ 0')
  if (!(resolved.paymentDueDays > 0)) throw new TypeError('paymentDueDays must be > 0')
  if (!PAYMENT_EXPIRY_LAST_CHANGED_TYPES.includes(resolved.paymentExpiryLastChangedType))
    throw new TypeError(
      `paymentExpiryLastChangedType must be one of ${PAYMENT_EXPIRY_LAST_CHANGED_TYPES.join(', ')}`,
    )
  return resolved
}
