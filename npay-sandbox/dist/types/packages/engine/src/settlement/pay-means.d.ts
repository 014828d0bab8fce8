/**
 * From the order's Korean payment-means label (facts §9.13) to the settlement's `payMeansType` (§11.8),
 * and from that to the VAT column the sale is reported in (§11.4). Both mappings are [INF].
 */
import type { PayMeansType } from './options.js'
/**
 * The settlement code of an order's `paymentMeans`; labels the emulator does not know count as card.
 * @example payMeansTypeOf('무통장입금') // 'PAYMEANS_TYPE_VACCT'
 */
export declare function payMeansTypeOf(label: string | undefined): PayMeansType
/** The VAT columns a sale can be reported in besides the taxation/exemption split. */
export type VatEvidence =
  | 'creditCardAmount'
  | 'cashInComeDeductionAmount'
  | 'cashOutGoingEvidenceAmount'
  | 'cashExclusionIssuanceAmount'
  | 'otherAmount'
/**
 * Cards are card sales; bank transfers, deposits and Npay money get a cash receipt (issued for income
 * deduction, the consumer default); everything else (mobile, points, pay-later) is "other".
 * @example vatEvidenceOf('PAYMEANS_TYPE_BANK') // 'cashInComeDeductionAmount'
 */
export declare function vatEvidenceOf(type: PayMeansType): VatEvidence
