import type { ClockMode } from './clock.js'
import { type ResolvedSettlementOptions, type SettlementOptions } from './settlement/options.js'
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
  }
  /** The wall clock (tests may replace it). */
  wallClock?: () => number
  /** Settlement derivation: trigger, cycle, commission rates, rounding, holidays (see SettlementOptions; each tenant may `configure` its own). */
  settlement?: SettlementOptions
}
export type ResolvedEngineOptions = Required<Omit<EngineOptions, 'defaultMerchant' | 'settlement'>> & {
  defaultMerchant: {
    clientId: string
    clientSecret: string
    mallId: string
    name: string
  }
  settlement: ResolvedSettlementOptions
}
/** Stable, documented credentials of the default merchant (printed by the CLI). */
export declare const DEFAULT_MERCHANT: {
  readonly clientId: 'npaySandboxDefaultApp1'
  readonly clientSecret: '$2a$04$npaySandboxDefaultSalt'
  readonly mallId: 'np_sandbox'
  readonly name: '샌드박스 기본 가맹점'
}
export declare function resolveOptions(options?: EngineOptions): ResolvedEngineOptions
