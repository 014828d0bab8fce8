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
    // [OBS] per case the benefit is 0 and only settle/daily has it, unless `benefitInCase` says otherwise.
    benefitSettleAmount: ledger.config.benefitInCase ? line.benefit : 0,
    settleExpectAmount: line.settleExpectAmount + (ledger.config.benefitInCase ? line.benefit : 0),
    merchantId,
    merchantName,
    contractNo: null,
  }
}

/**
 * The commission-details elements of one line: one Npay payment commission per payment means (its share
 * of the line is the basis), then the sales-interlock one on the whole line.
 */
export function commissionElements(ledger: SettlementLedger, line: CaseLine): CommissionDetail[] {
  if (line.paySettleAmount === 0 && line.payments.length === 0) return []
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
  }
  const rows: CommissionDetail[] = line.payments.map((p) => ({
    ...common,
    commissionBasisAmount: p.amount,
    commissionType: 'PAY_COMMISSION',
    sellingInterlockCommissionType: null,
    payMeansType: p.payMeansType,
    commissionAmount: p.commission,
    maximumSellingInterlockCommissionAmount: 0,
  }))
  if (line.interlockCommissionRate > 0 && line.paySettleAmount !== 0) {
    rows.push({
      ...common,
      commissionBasisAmount: line.paySettleAmount,
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

/** `amount` in the total and in the taxation or exemption column by `taxType`. */
function taxed(line: CaseLine, amount: number): VatAmounts {
  const amounts = zeroVat()
  amounts.totalSalesAmount = amount
  // Zero-rated (영세, TAX_FREE) sales are taxable sales at 0 % in Korean VAT law, so they count as taxation.
  if (line.taxType === 'TAX_EXEMPTION') amounts.taxExemptionSalesAmount = amount
  else amounts.taxationSalesAmount = amount
  return amounts
}

/** A line's sale split twice: taxation or exemption by `taxType`, and an evidence column per payment means. */
export function vatAmounts(line: CaseLine): VatAmounts {
  const amounts = taxed(line, line.paySettleAmount)
  const payments = line.payments.length
    ? line.payments
    : [{ payMeansType: line.payMeansType, amount: line.paySettleAmount }]
  for (const p of payments) amounts[vatEvidenceOf(p.payMeansType)] += p.amount
  return amounts
}

/**
 * [INF] The Naver-borne benefit of a line is the merchant's sale too, paid by Naver rather than the buyer:
 * no card slip or cash receipt, so "other" evidence.
 */
export function benefitVatAmounts(line: CaseLine): VatAmounts {
  const amounts = taxed(line, line.benefit)
  amounts.otherAmount = line.benefit
  return amounts
}

/** Every VAT amount of a line: its payment and its benefit. */
export function lineVatAmounts(line: CaseLine): VatAmounts {
  const sum = vatAmounts(line)
  if (line.benefit === 0) return sum
  const benefit = benefitVatAmounts(line)
  for (const key of Object.keys(sum) as (keyof VatAmounts)[]) sum[key] += benefit[key]
  return sum
}

/** Whether a line shows in VAT at all (BEFORE_CANCEL markers carry no money). */
export const hasVat = (line: CaseLine) => line.paySettleAmount !== 0 || line.benefit !== 0

/**
 * The vat/case elements of a line: the payment (결제 수단 정산) and, when Naver bears part of a discount,
 * the benefit (혜택 정산; 배송비 할인 on a delivery-fee line) [INF]. Negative amounts are cancellations.
 */
export function vatElements(ledger: SettlementLedger, line: CaseLine): VatCase[] {
  const { merchantId, merchantName } = merchantOf(ledger)
  const element = (detailType: VatCase['detailType'], amount: number, amounts: VatAmounts): VatCase => ({
    settleBasisDate: line.basisDate,
    orderId: line.orderId,
    productOrderId: line.lineId,
    productOrderType: line.productOrderType,
    detailType,
    status: amount > 0 ? 'VOUCH_PUBLICATION' : 'VOUCH_CANCEL',
    productName: line.productName,
    ...amounts,
    merchantId,
    merchantName,
  })
  const elements: VatCase[] = []
  if (line.paySettleAmount !== 0)
    elements.push(element('VOUCH_DETAIL_PAYMENT_SETL', line.paySettleAmount, vatAmounts(line)))
  if (line.benefit !== 0) {
    const detail =
      line.productOrderType === 'DELIVERY' ? 'VOUCH_DETAIL_DLVFEE_COUPON_SETL' : 'VOUCH_DETAIL_COUPON_SETL'
    elements.push(element(detail, line.benefit, benefitVatAmounts(line)))
  }
  return elements
}
