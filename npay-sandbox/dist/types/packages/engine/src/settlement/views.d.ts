/**
 * The wire elements of the five settlement endpoints (facts §11.1–11.5), all views of stored lines.
 * Field order follows the docs; every documented field is present, `null` where there is no value.
 */
import type { Schemas } from '../../../schema/src/index.js'
import type { SettlementLedger } from './ledger.js'
import type { CaseLine } from './lines.js'

type SettleCase = Schemas['SettleCase']
type CommissionDetail = Schemas['CommissionDetail']
type VatCase = Schemas['VatCase']
export type VatAmounts = Omit<Schemas['VatDaily'], 'settleBasisDate' | 'merchantId' | 'merchantName'>
export declare const merchantOf: (ledger: SettlementLedger) => {
  merchantId: string
  merchantName: string
}
/** One settle/case element. */
export declare function caseElement(ledger: SettlementLedger, line: CaseLine): SettleCase
/** The commission-details elements of one line: the Npay payment commission, then the sales-interlock one. */
export declare function commissionElements(ledger: SettlementLedger, line: CaseLine): CommissionDetail[]
/** The eight VAT amounts, all zero. */
export declare function zeroVat(): VatAmounts
/** A line's sale split twice: taxation or exemption by `taxType`, and one evidence column by payment means. */
export declare function vatAmounts(line: CaseLine): VatAmounts
/** The vat/case element of a line with money in it (markers have none). */
export declare function vatElement(ledger: SettlementLedger, line: CaseLine): VatCase | undefined
