/**
 * The wire elements of the five settlement endpoints (facts §11.1–11.5), all views of stored lines.
 * Field order follows the docs; every documented field is present, `null` where there is no value.
 */
import type { Schemas } from '@npay-sandbox/schema'
import type { SettlementLedger } from './ledger.ts'
import type { CaseLine } from './lines.ts'
import { vatEvidenceOf } from './pay-means.ts'

type SettleCase = Schemas['SettleCase']
type CommissionDetail = Schemas['CommissionDetail']
type VatCase = Schemas['VatCase']
export type VatAmounts = Omit<Schemas['VatDaily'], 'settleBasisDate' | 'merchantId' | 'merchantName'>

export const merchantOf = (ledger: SettlementLedger) => ({
  merchantId: ledger.tenant.merchant.mallId,
  merchantName: ledger.tenant.merchant.name,
})

/** One settle/case element. */
export function caseElement(ledger: SettlementLedger, line: CaseLine): SettleCase {
  const { merchantId, merchantName } = merchantOf(ledger)
  return {
    settleBasisDate: line.basisDate,
    settleExpectDate: line.expectDate,
    settleCompleteDate: ledger.completeDate(line),
    payDate: line.payDate,
    orderId: line.orderId,
    productOrderId: line.lineId,
    productOrderType: line.productOrderType,
    settleType: line.settleType,
    productId: line.productId,
    productName: line.productName,
    purchaserName: line.purchaserName,
    paySettleAmount: line.paySettleAmount,
    totalPayCommissionAmount: line.payCommission,
    freeInstallmentCommissionAmount: 0,
    sellingInterlockCommissionAmount: line.interlockCommission,
    benefitSettleAmount: 0,
    settleExpectAmount: line.settleExpectAmount,
    merchantId,
    merchantName,
    contractNo: null,
  }
}

/** The commission-details elements of one line: the Npay payment commission, then the sales-interlock one. */
export function commissionElements(ledger: SettlementLedger, line: CaseLine): CommissionDetail[] {
  if (line.paySettleAmount === 0) return []
  const { merchantId, merchantName } = merchantOf(ledger)
  const common = {
    orderNo: line.orderId,
    productOrderId: line.lineId,
    productOrderType: line.productOrderType,
    productId: line.productId,
    productName: line.productName,
    merchantId,
    merchantName,
    purchaserName: line.purchaserName,
    settleType: line.settleType,
    settleBasisDate: line.basisDate,
    settleExpectDate: line.expectDate,
    settleCompleteDate: ledger.completeDate(line),
    taxReturnDate: line.basisDate,
    commissionBasisAmount: line.paySettleAmount,
  }
  const rows: CommissionDetail[] = [
    {
      ...common,
      commissionType: 'PAY_COMMISSION',
      sellingInterlockCommissionType: null,
      payMeansType: line.payMeansType,
      commissionAmount: line.payCommission,
      maximumSellingInterlockCommissionAmount: 0,
    },
  ]
  if (line.interlockCommissionRate > 0) {
    rows.push({
      ...common,
      commissionType: ledger.config.sellingInterlockCommissionCode,
      sellingInterlockCommissionType: ledger.config.sellingInterlockCommissionType,
      payMeansType: null,
      commissionAmount: line.interlockCommission,
      maximumSellingInterlockCommissionAmount: line.interlockCommission,
    })
  }
  return rows
}

/** The eight VAT amounts, all zero. */
export function zeroVat(): VatAmounts {
  return {
    totalSalesAmount: 0,
    taxationSalesAmount: 0,
    taxExemptionSalesAmount: 0,
    creditCardAmount: 0,
    cashInComeDeductionAmount: 0,
    cashOutGoingEvidenceAmount: 0,
    cashExclusionIssuanceAmount: 0,
    otherAmount: 0,
  }
}

/** A line's sale split twice: taxation or exemption by `taxType`, and one evidence column by payment means. */
export function vatAmounts(line: CaseLine): VatAmounts {
  const amount = line.paySettleAmount
  const amounts = zeroVat()
  amounts.totalSalesAmount = amount
  // Zero-rated (영세, TAX_FREE) sales are taxable sales at 0 % in Korean VAT law, so they count as taxation.
  if (line.taxType === 'TAX_EXEMPTION') amounts.taxExemptionSalesAmount = amount
  else amounts.taxationSalesAmount = amount
  amounts[vatEvidenceOf(line.payMeansType)] = amount
  return amounts
}

/** The vat/case element of a line with money in it (markers have none). */
export function vatElement(ledger: SettlementLedger, line: CaseLine): VatCase | undefined {
  if (line.paySettleAmount === 0) return undefined
  const { merchantId, merchantName } = merchantOf(ledger)
  return {
    settleBasisDate: line.basisDate,
    orderId: line.orderId,
    productOrderId: line.lineId,
    productOrderType: line.productOrderType,
    detailType: 'VOUCH_DETAIL_PAYMENT_SETL',
    status: line.paySettleAmount > 0 ? 'VOUCH_PUBLICATION' : 'VOUCH_CANCEL',
    productName: line.productName,
    ...vatAmounts(line),
    merchantId,
    merchantName,
  }
}
