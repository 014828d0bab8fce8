/**
 * The order-level money: the order discount (a seller-borne store coupon), its share per line, and the
 * columns the paid amount is reported in. The identity the emulator guarantees:
 *
 *   generalPaymentAmount + naverMileagePaymentAmount + chargeAmountPaymentAmount
 *   + checkoutAccumulationPaymentAmount + payLaterPaymentAmount
 *     = Σ productOrder.totalPaymentAmount
 *
 * since each line's totalPaymentAmount (최초 결제 금액, 할인 적용 후) already has its share of the order
 * discount (its sellerBurdenStoreDiscountAmount) off, and orderDiscountAmount = Σ those shares.
 */
import type { FakeData } from '../fake.ts'
import { invalid } from './input.ts'

export interface PaymentColumns {
  generalPaymentAmount: number
  naverMileagePaymentAmount: number
  chargeAmountPaymentAmount: number
  checkoutAccumulationPaymentAmount: number
  payLaterPaymentAmount: number
}

/**
 * Splits `total` over `weights` in proportion, the remainders going to the largest fractions first, so
 * the shares are integers that add up to `total` exactly.
 * @example allocate(1_000, [1, 1, 1]) // [334, 333, 333]
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0))
  const exact = weights.map((w) => (total * w) / sum)
  const shares = exact.map(Math.floor)
  let rest = total - shares.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i)
  for (const { i } of order) {
    if (rest <= 0) break
    shares[i]! += 1
    rest -= 1
  }
  return shares
}

/** The order discount: the given one, else on some generated orders a store coupon of 1,000–3,000 won. */
export function orderDiscount(
  given: number | undefined,
  due: number,
  generate: boolean,
  fake: FakeData,
): number {
  if (given !== undefined) {
    if (given > due)
      throw invalid('orderDiscountAmount', 'Range', `must not exceed the order's payment (${due})`)
    return given
  }
  if (!generate || !fake.chance(0.1)) return 0
  const amount = fake.pick([1_000, 2_000, 3_000])
  return amount < due ? amount : 0
}

/**
 * Where the paid amount goes: 포인트/머니결제 to Npay points up to the buyer's balance and the rest to Npay
 * money, 후불결제 to payLater, every other means (cards, phone, bank, deposit) to general.
 */
export function paymentColumns(
  paymentMeans: string,
  paid: number,
  mileage: number | undefined,
  fake: FakeData,
): PaymentColumns {
  const columns: PaymentColumns = {
    generalPaymentAmount: 0,
    naverMileagePaymentAmount: 0,
    chargeAmountPaymentAmount: 0,
    checkoutAccumulationPaymentAmount: 0,
    payLaterPaymentAmount: 0,
  }
  if (paymentMeans === '포인트/머니결제') {
    if (mileage !== undefined && mileage > paid) {
      throw invalid('naverMileagePaymentAmount', 'Range', `must not exceed the amount paid (${paid})`)
    }
    const points = mileage ?? Math.min(paid, fake.pick([0, 500, 1_200, 3_000, 5_000, 1_000_000]))
    columns.naverMileagePaymentAmount = points
    columns.chargeAmountPaymentAmount = paid - points
  } else if (paymentMeans === '후불결제') {
    columns.payLaterPaymentAmount = paid
  } else {
    columns.generalPaymentAmount = paid
  }
  return columns
}
