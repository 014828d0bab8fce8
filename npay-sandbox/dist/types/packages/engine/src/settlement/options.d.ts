/**
 * Settlement options: every choice the facts leave open (facts §11 says what the rows look like, not when
 * or how much), one typed object with documented defaults, checked when the engine is built.
 */
import type { Schemas } from '../../../schema/src/index.js'
export type PayMeansType = Schemas['PayMeansType']
/** Which milestone of a product order makes it settle: purchase decision is what Naver Pay does [OBS]. */
export type SettlementTrigger = 'purchase-decision' | 'delivery' | 'dispatch' | 'payment'
/** How the expected settlement date follows from the basis date. */
export type SettleCycle =
  /** basis date + `businessDays` business days */
  | {
      kind: 'daily'
      businessDays: number
    }
  /** the first `weekday` (0 = Sunday … 6) on or after basis + `businessDays` business days */
  | {
      kind: 'weekly'
      businessDays: number
      weekday: number
    }
  /** day `dayOfMonth` of the month after the basis date (the next business day if that is not one) */
  | {
      kind: 'monthly'
      dayOfMonth: number
    }
export type CommissionRounding = 'round' | 'floor' | 'ceil'
export interface SettlementOptions {
  /** Milestone that settles a product order (default `purchase-decision`). */
  trigger?: SettlementTrigger
  /** Expected-date cycle (default `{ kind: 'daily', businessDays: 1 }`: D+1 business day). */
  cycle?: SettleCycle
  /** Npay payment commission rate per payMeansType; unlisted means use the card rate (see DEFAULT_PAY_COMMISSION_RATES). */
  payCommissionRates?: Partial<Record<PayMeansType, number>>
  /** Sales-interlock (매출 연동) commission rate on product amounts, not delivery fees (default 0.02; 0 = none). */
  sellingInterlockCommissionRate?: number
  /** `sellingInterlockCommissionType` of those rows (default `NAVER_SHOPPING`). */
  sellingInterlockCommissionType?: Schemas['SellingInterlockCommissionType']
  /** `commissionType` of sales-interlock rows in commission-details (default `CHNL_COMMISSION`). */
  sellingInterlockCommissionCode?: Schemas['CommissionType']
  /** How a commission of basis × rate becomes whole won (default `round`, half away from zero). */
  rounding?: CommissionRounding
  /** Days that are not business days besides weekends: `yyyy-MM-dd`, or `MM-dd` for every year (default: the fixed-date Korean public holidays). */
  holidays?: readonly string[]
  /** The payout account shown by settle/daily. */
  account?: {
    bankType?: Schemas['BankType']
    accountNo?: string
    depositorName?: string
  }
}
export interface ResolvedSettlementOptions {
  trigger: SettlementTrigger
  cycle: SettleCycle
  payCommissionRates: Record<PayMeansType, number>
  sellingInterlockCommissionRate: number
  sellingInterlockCommissionType: Schemas['SellingInterlockCommissionType']
  sellingInterlockCommissionCode: Schemas['CommissionType']
  rounding: CommissionRounding
  holidays: readonly string[]
  account: {
    bankType: Schemas['BankType']
    accountNo: string
    depositorName: string | null
  }
}
/**
 * [INF] The published standard Naver Pay order-type merchant payment commissions (VAT included): card
 * 3.63 %, real-time transfer 1.65 %, virtual account 1 %, mobile 3.85 %, Npay points/money 3.74 %.
 */
export declare const DEFAULT_PAY_COMMISSION_RATES: Partial<Record<PayMeansType, number>>
/** Korean national holidays on fixed solar dates; the lunar ones (설날, 추석, 부처님오신날) move and are left to `holidays`. */
export declare const FIXED_KOREAN_HOLIDAYS: string[]
/**
 * Fills in the defaults and refuses nonsense at build time rather than on the first settlement.
 * @example resolveSettlementOptions({ trigger: 'delivery' }).cycle // { kind: 'daily', businessDays: 1 }
 */
export declare function resolveSettlementOptions(
  options?: SettlementOptions,
  base?: ResolvedSettlementOptions,
): ResolvedSettlementOptions
