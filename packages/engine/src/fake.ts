/** Realistic Korean order data from one seeded generator: the same seed gives the same values. */
import type { Faker } from '@faker-js/faker'
// The Korean entry point loads one locale instead of all of them (about 300 ms off every start); its
// instance is built from ko, en and base, the chain this generator uses, so values stay the same.
import { faker as koreanFaker } from '@faker-js/faker/locale/ko'

type FakerClass = new (options: { locale: Faker['rawDefinitions']; seed?: number }) => Faker
const KoreanFaker = koreanFaker.constructor as FakerClass

/**
 * A Faker with the Korean locale (falling back to English, then base) and its own seed.
 * @example createKoreanFaker(7).person.lastName() // '김'
 */
export function createKoreanFaker(seed: number): Faker {
  return new KoreanFaker({ locale: koreanFaker.rawDefinitions, seed })
}

/** A small catalogue of products a Korean shop sells, with options and KRW prices. */
const CATALOGUE: readonly { name: string; options: readonly string[]; price: number }[] = [
  { name: '무선 블루투스 이어폰 노이즈캔슬링', options: ['색상: 블랙', '색상: 화이트'], price: 59_000 },
  { name: '유기농 제주 감귤 5kg', options: ['중과', '대과'], price: 29_900 },
  {
    name: '남성 기본 라운드 반팔 티셔츠',
    options: ['사이즈: M / 색상: 네이비', '사이즈: L / 색상: 그레이'],
    price: 12_900,
  },
  { name: '스테인리스 텀블러 500ml', options: ['색상: 실버', '색상: 민트'], price: 18_000 },
  { name: '국산 햅쌀 10kg', options: ['2025년산'], price: 38_500 },
  { name: '어린이 원목 블록 세트 100pcs', options: ['기본 구성'], price: 45_000 },
  { name: '고속 충전 USB-C 케이블 2m', options: ['1개', '2개 묶음'], price: 9_900 },
  { name: '한방 샴푸 1000ml', options: ['지성용', '건성용'], price: 22_000 },
  { name: '캠핑용 접이식 의자', options: ['색상: 카키', '색상: 베이지'], price: 34_900 },
  { name: '프리미엄 한우 선물세트 1.2kg', options: ['등심+채끝'], price: 129_000 },
]

const PAYMENT_MEANS = ['신용카드', '신용카드 간편결제', '계좌 간편결제', '포인트/머니결제', '휴대폰'] as const

export interface FakeAddress {
  addressType: 'DOMESTIC'
  name: string
  tel1: string
  zipCode: string
  baseAddress: string
  detailedAddress: string
  city: string
  state: string
  country: string
  isRoadNameAddress: boolean
}

export class FakeData {
  private readonly faker: Faker

  constructor(seed: number) {
    this.faker = createKoreanFaker(seed)
  }

  personName(): string {
    return this.faker.person.lastName() + this.faker.person.firstName()
  }

  /** A mobile number in the usual `010-XXXX-XXXX` shape. */
  mobile(): string {
    return `010-${this.faker.string.numeric(4)}-${this.faker.string.numeric(4)}`
  }

  /** A road-name address with a 5-digit zip code. */
  address(name: string, tel: string): FakeAddress {
    const f = this.faker
    return {
      addressType: 'DOMESTIC',
      name,
      tel1: tel,
      zipCode: f.string.numeric({ length: 5, allowLeadingZeros: true }),
      baseAddress: `${f.location.state()} ${f.location.city()} ${f.location.street()} ${f.number.int({ min: 1, max: 300 })}`,
      detailedAddress: `${f.number.int({ min: 101, max: 120 })}동 ${f.number.int({ min: 101, max: 2504 })}호`,
      city: '',
      state: '',
      country: '한국',
      isRoadNameAddress: true,
    }
  }

  product(): { name: string; option: string; price: number } {
    const p = this.faker.helpers.arrayElement(CATALOGUE)
    return { name: p.name, option: this.faker.helpers.arrayElement(p.options), price: p.price }
  }

  paymentMeans(): string {
    return this.faker.helpers.arrayElement(PAYMENT_MEANS)
  }

  /** A masked Naver ID such as `jsp2****`. */
  maskedBuyerId(): string {
    return `${this.faker.string.alpha({ length: 4, casing: 'lower' })}****`
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max })
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items)
  }
}
