/**
 * From the order's Korean payment-means label (facts §9.13) to the settlement's `payMeansType` (§11.8),
 * and from that to the VAT column the sale is reported in (§11.4). Both mappings are [INF].
 */
import type { PayMeansType } from './options.ts'

const BY_LABEL: Readonly<Record<string, PayMeansType>> = {
  신용카드: 'PAYMEANS_TYPE_CCARD',
  '신용카드 간편결제': 'PAYMEANS_TYPE_CCARD',
  패밀리결제: 'PAYMEANS_TYPE_CCARD',
  휴대폰: 'PAYMEANS_TYPE_MOBIL',
  '휴대폰 간편결제': 'PAYMEANS_TYPE_MOBIL',
  '계좌 간편결제': 'PAYMEANS_TYPE_BANK',
  실시간계좌이체: 'PAYMEANS_TYPE_BANK',
  무통장입금: 'PAYMEANS_TYPE_VACCT',
  '포인트/머니결제': 'PAYMEANS_TYPE_NCASH',
  후불결제: 'PAYMEANS_TYPE_PAYLATER',
}

/**
 * The settlement code of an order's `paymentMeans`; labels the emulator does not know count as card.
 * @example payMeansTypeOf('무통장입금') // 'PAYMEANS_TYPE_VACCT'
 */
export function payMeansTypeOf(label: string | undefined): PayMeansType {
  return (label && BY_LABEL[label]) || 'PAYMEANS_TYPE_CCARD'
}

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
export function vatEvidenceOf(type: PayMeansType): VatEvidence {
  switch (type) {
    case 'PAYMEANS_TYPE_CCARD':
    case 'PAYMEANS_TYPE_OVERSEAS_CARD':
      return 'creditCardAmount'
    case 'PAYMEANS_TYPE_BANK':
    case 'PAYMEANS_TYPE_VACCT':
    case 'PAYMEANS_TYPE_NCASH':
      return 'cashInComeDeductionAmount'
    default:
      return 'otherAmount'
  }
}
