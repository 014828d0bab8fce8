/** Card promotions (appliedCardPromotion): only card orders carry one. */
import type { FakeData } from '../fake.ts'
import { CARD_PROMOTIONS } from './catalogue.ts'
import { type AppliedCardPromotion, CARD_MEANS } from './input.ts'

/** The card promotion of a line: given, else on some card orders one of a few card companies' offers. */
export function cardPromotion(
  given: AppliedCardPromotion | undefined,
  paymentMeans: string,
  payment: number,
  fake: FakeData,
): AppliedCardPromotion | undefined {
  if (given) {
    return {
      promotionName: given.promotionName ?? '카드 청구할인',
      cardCompanyName: given.cardCompanyName ?? '현대카드',
      promotionApplyAmount: given.promotionApplyAmount ?? 0,
      brandCompanyBurdenRatio: given.brandCompanyBurdenRatio ?? 0,
    }
  }
  if (!CARD_MEANS.has(paymentMeans) || !fake.chance(0.15)) return undefined
  const offer = fake.pick(CARD_PROMOTIONS)
  const amount = Math.floor((payment * offer.percent) / 1_000) * 10
  if (amount <= 0) return undefined
  return {
    promotionName: offer.promotionName,
    cardCompanyName: offer.cardCompanyName,
    promotionApplyAmount: amount,
    brandCompanyBurdenRatio: 0,
  }
}
