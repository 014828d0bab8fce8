/**
 * The daily aggregates: settle/daily per expected settlement date (the date it filters on [OBS]) and
 * vat/daily per basis date. Each is the exact sum of the case lines of its day, so case and daily
 * reconcile to the won (the real service does not promise that [OBS]; the emulator can).
 */
import type { Schemas } from '@npay-sandbox/schema'
import type { SettlementLedger } from './ledger.ts'
import type { CaseLine } from './lines.ts'
import { lineVatAmounts, merchantOf, type VatAmounts, zeroVat } from './views.ts'

/**
 * The settle/daily element of one expected date.
 * @example settleDailyElement(ledger, '2024-05-24', ledger.byExpect.on('2024-05-24')).settleAmount
 */
export function settleDailyElement(
  ledger: SettlementLedger,
  date: string,
  lines: readonly CaseLine[],
): Schemas['SettleDaily'] {
  let basisStart: string | null = null
  let basisEnd: string | null = null
  let pay = 0
  let commission = 0
  let settle = 0
  let benefit = 0
  for (const line of lines) {
    if (line.basisDate !== null) {
      if (basisStart === null || line.basisDate < basisStart) basisStart = line.basisDate
      if (basisEnd === null || line.basisDate > basisEnd) basisEnd = line.basisDate
    }
    pay += line.paySettleAmount
    commission += line.payCommission + line.interlockCommission
    settle += line.settleExpectAmount
    benefit += line.benefit
  }
  const { account } = ledger.config
  const { merchantId, merchantName } = merchantOf(ledger)
  return {
    settleBasisStartDate: basisStart,
    settleBasisEndDate: basisEnd,
    settleExpectDate: date,
    settleCompleteDate: date < ledger.today() ? date : null,
    settleAmount: settle + benefit,
    paySettleAmount: pay,
    commissionSettleAmount: commission,
    // [OBS] the benefit is aggregated per day; the merchant is paid it on top of the payments.
    benefitSettleAmount: benefit,
    deductionRestoreSettleAmount: 0,
    payHoldbackAmount: 0,
    minusChargeAmount: 0,
    differenceSettleAmount: 0,
    returnCareSettleAmount: 0,
    normalSettleAmount: settle + benefit,
    quickSettleAmount: 0,
    preferentialCommissionAmount: 0,
    settlementLimitAmount: 0,
    settleMethodType: 'ACCOUNT',
    bankType: account.bankType,
    depositorName: account.depositorName ?? merchantName,
    accountNo: account.accountNo,
    merchantId,
    merchantName,
  }
}

/**
 * The vat/daily element of one basis date: the eight amounts summed over its lines.
 * @example vatDailyElement(ledger, '2024-05-23', ledger.byBasis.on('2024-05-23')).totalSalesAmount
 */
export function vatDailyElement(
  ledger: SettlementLedger,
  date: string,
  lines: readonly CaseLine[],
): Schemas['VatDaily'] {
  const sum = zeroVat()
  for (const line of lines) {
    const amounts = lineVatAmounts(line)
    for (const key of Object.keys(sum) as (keyof VatAmounts)[]) sum[key] += amounts[key]
  }
  return { settleBasisDate: date, ...sum, ...merchantOf(ledger) }
}
