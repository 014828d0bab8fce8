/**
 * The daily aggregates: settle/daily per expected settlement date (the date it filters on [OBS]) and
 * vat/daily per basis date. Each is the exact sum of the case lines of its day, so case and daily
 * reconcile to the won (the real service does not promise that [OBS]; the emulator can).
 */
import type { Schemas } from '../../../schema/src/index.js'
import type { SettlementLedger } from './ledger.js'
import type { CaseLine } from './lines.js'
/**
 * The settle/daily element of one expected date.
 * @example settleDailyElement(ledger, '2024-05-24', ledger.byExpect.on('2024-05-24')).settleAmount
 */
export declare function settleDailyElement(
  ledger: SettlementLedger,
  date: string,
  lines: readonly CaseLine[],
): Schemas['SettleDaily']
/**
 * The vat/daily element of one basis date: the eight amounts summed over its lines.
 * @example vatDailyElement(ledger, '2024-05-23', ledger.byBasis.on('2024-05-23')).totalSalesAmount
 */
export declare function vatDailyElement(
  ledger: SettlementLedger,
  date: string,
  lines: readonly CaseLine[],
): Schemas['VatDaily']
