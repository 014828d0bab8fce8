/**
 * Settlement options: every choice the facts leave open (facts §11 says what the rows look like, not when
 * or how much), one typed object with documented defaults, checked when the engine is built.
 */
import type { Schemas } from '@npay-sandbox/schema'

/**
 * [INF] Default commission rates: the payment commission of card payments and the sales-interlock
 * commission. A new product order's `paymentCommission` and interlock commission use them too.
 */
export const DEFAULT_PAYMENT_COMMISSION_RATE = 0.0363
export const DEFAULT_SELLING_INTERLOCK_COMMISSION_RATE = 0.02

export type PayMeansType = Schemas['PayMeansType']

/** Which milestone of a product order makes it settle: purchase decision is what Naver Pay does [OBS]. */
export type SettlementTrigger = 'purchase-decision' | 'delivery' | 'dispatch' | 'payment'

/** How the expected settlement date follows from the basis date. */
export type SettleCycle =
  /** basis date + `businessDays` business days */
  | { kind: 'daily'; businessDays: number }
  /** the first `weekday` (0 = Sunday … 6) on or after basis + `businessDays` business days */
  | { kind: 'weekly'; businessDays: number; weekday: number }
  /** day `dayOfMonth` of the month after the basis date (the next business day if that is not one) */
  | { kind: 'monthly'; dayOfMonth: number }

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
  account?: { bankType?: Schemas['BankType']; accountNo?: string; depositorName?: string }
  /**
   * Whether settle/case shows a line's Naver-borne benefit in `benefitSettleAmount` (and adds it to
   * `settleExpectAmount`). Default `false`: per case it is always 0 and only settle/daily aggregates it [OBS].
   */
  benefitInCase?: boolean
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
  account: { bankType: Schemas['BankType']; accountNo: string; depositorName: string | null }
  benefitInCase: boolean
}

/**
 * [INF] The published standard Naver Pay order-type merchant payment commissions (VAT included): card
 * 3.63 %, real-time transfer 1.65 %, virtual account 1 %, mobile 3.85 %, Npay points/money 3.74 %.
 */
export const DEFAULT_PAY_COMMISSION_RATES: Partial<Record<PayMeansType, number>> = {
  PAYMEANS_TYPE_CCARD: DEFAULT_PAYMENT_COMMISSION_RATE,
  PAYMEANS_TYPE_OVERSEAS_CARD: DEFAULT_PAYMENT_COMMISSION_RATE,
  PAYMEANS_TYPE_BANK: 0.0165,
  PAYMEANS_TYPE_VACCT: 0.01,
  PAYMEANS_TYPE_MOBIL: 0.0385,
  PAYMEANS_TYPE_NCASH: 0.0374,
  PAYMEANS_TYPE_POINT: 0.0374,
}

/** Korean national holidays on fixed solar dates; the lunar ones (설날, 추석, 부처님오신날) move and are left to `holidays`. */
export const FIXED_KOREAN_HOLIDAYS = ['01-01', '03-01', '05-05', '06-06', '08-15', '10-03', '10-09', '12-25']

const PAY_MEANS: readonly PayMeansType[] = [
  'PAYMEANS_TYPE_ALL',
  'PAYMEANS_TYPE_BANK',
  'PAYMEANS_TYPE_CCARD',
  'PAYMEANS_TYPE_CHAMT',
  'PAYMEANS_TYPE_CHKAC',
  'PAYMEANS_TYPE_DON',
  'PAYMEANS_TYPE_MOBIL',
  'PAYMEANS_TYPE_NCASH',
  'PAYMEANS_TYPE_POINT',
  'PAYMEANS_TYPE_VACCT',
  'PAYMEANS_TYPE_SKIP',
  'PAYMEANS_TYPE_PAYLATER',
  'PAYMEANS_TYPE_GIFTCARD',
  'PAYMEANS_TYPE_NONE',
  'PAYMEANS_TYPE_NMP_DISCOUNT',
  'PAYMEANS_TYPE_OVERSEAS_CARD',
]

const isRate = (r: number) => Number.isFinite(r) && r >= 0 && r < 1

/**
 * Fills in the defaults and refuses nonsense at build time rather than on the first settlement.
 * @example resolveSettlementOptions({ trigger: 'delivery' }).cycle // { kind: 'daily', businessDays: 1 }
 */
export function resolveSettlementOptions(
  options: SettlementOptions = {},
  base?: ResolvedSettlementOptions,
): ResolvedSettlementOptions {
  for (const [means, rate] of Object.entries(options.payCommissionRates ?? {})) {
    if (!PAY_MEANS.includes(means as PayMeansType))
      throw new TypeError(`settlement.payCommissionRates: unknown ${means}`)
    if (!isRate(rate))
      throw new TypeError(`settlement.payCommissionRates.${means} must be a rate from 0 to below 1`)
  }
  const cardRate =
    options.payCommissionRates?.PAYMEANS_TYPE_CCARD ??
    base?.payCommissionRates.PAYMEANS_TYPE_CCARD ??
    DEFAULT_PAYMENT_COMMISSION_RATE
  const given = {
    ...DEFAULT_PAY_COMMISSION_RATES,
    ...base?.payCommissionRates,
    ...options.payCommissionRates,
  }
  const rates = Object.fromEntries(PAY_MEANS.map((m) => [m, given[m] ?? cardRate])) as Record<
    PayMeansType,
    number
  >
  const resolved: ResolvedSettlementOptions = {
    trigger: options.trigger ?? base?.trigger ?? 'purchase-decision',
    cycle: options.cycle ?? base?.cycle ?? { kind: 'daily', businessDays: 1 },
    payCommissionRates: rates,
    sellingInterlockCommissionRate:
      options.sellingInterlockCommissionRate ??
      base?.sellingInterlockCommissionRate ??
      DEFAULT_SELLING_INTERLOCK_COMMISSION_RATE,
    sellingInterlockCommissionType:
      options.sellingInterlockCommissionType ?? base?.sellingInterlockCommissionType ?? 'NAVER_SHOPPING',
    sellingInterlockCommissionCode:
      options.sellingInterlockCommissionCode ?? base?.sellingInterlockCommissionCode ?? 'CHNL_COMMISSION',
    rounding: options.rounding ?? base?.rounding ?? 'round',
    holidays: options.holidays ?? base?.holidays ?? FIXED_KOREAN_HOLIDAYS,
    account: {
      bankType: options.account?.bankType ?? base?.account.bankType ?? 'KB',
      accountNo: options.account?.accountNo ?? base?.account.accountNo ?? '*******-**-1234',
      depositorName: options.account?.depositorName ?? base?.account.depositorName ?? null,
    },
    benefitInCase: options.benefitInCase ?? base?.benefitInCase ?? false,
  }
  check(resolved)
  return resolved
}

function check(o: ResolvedSettlementOptions) {
  const fail = (message: string) => {
    throw new TypeError(`settlement.${message}`)
  }
  if (!['purchase-decision', 'delivery', 'dispatch', 'payment'].includes(o.trigger))
    fail('trigger must be purchase-decision, delivery, dispatch or payment')
  if (!isRate(o.sellingInterlockCommissionRate))
    fail('sellingInterlockCommissionRate must be from 0 to below 1')
  if (!['round', 'floor', 'ceil'].includes(o.rounding)) fail('rounding must be round, floor or ceil')
  if (typeof o.benefitInCase !== 'boolean') fail('benefitInCase must be true or false')
  const c = o.cycle
  const days = (n: number) => Number.isInteger(n) && n >= 0 && n <= 60
  if (c.kind === 'daily' && !days(c.businessDays)) fail('cycle.businessDays must be an integer 0–60')
  else if (c.kind === 'weekly' && (!days(c.businessDays) || !(c.weekday >= 1 && c.weekday <= 5)))
    fail('cycle.businessDays must be an integer 0–60 and cycle.weekday 1 (Monday) to 5 (Friday)')
  else if (
    c.kind === 'monthly' &&
    !(Number.isInteger(c.dayOfMonth) && c.dayOfMonth >= 1 && c.dayOfMonth <= 28)
  )
    fail('cycle.dayOfMonth must be 1–28')
  else if (!['daily', 'weekly', 'monthly'].includes(c.kind))
    fail('cycle.kind must be daily, weekly or monthly')
  for (const h of o.holidays)
    if (!/^(\d{4}-)?\d{2}-\d{2}$/.test(h)) fail(`holidays: "${h}" is neither yyyy-MM-dd nor MM-dd`)
}
