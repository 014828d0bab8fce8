/** Realistic Korean order data from one seeded generator: the same seed gives the same values. */
import type { Faker } from '@faker-js/faker'
// The Korean entry point loads one locale instead of all of them (about 300 ms off every start); its
// instance is built from ko, en and base, the chain this generator uses, so values stay the same.
import { faker as koreanFaker } from '@faker-js/faker/locale/ko'
import type { Schemas } from '@npay-sandbox/schema'
import { CATALOGUE, type CatalogueOption, type CatalogueProduct } from './orders/catalogue.ts'
import { DISTRICTS, ENTRY_METHODS, PICKUP_LOCATIONS } from './orders/places.ts'

type FakerClass = new (options: { locale: Faker['rawDefinitions']; seed?: number }) => Faker
const KoreanFaker = koreanFaker.constructor as FakerClass

/**
 * A Faker with the Korean locale (falling back to English, then base) and its own seed.
 * @example createKoreanFaker(7).person.lastName() // '김'
 */
export function createKoreanFaker(seed: number): Faker {
  return new KoreanFaker({ locale: koreanFaker.rawDefinitions, seed })
}

/** Payment means (facts §9.13) with how often a generated paid order uses each. */
const PAYMENT_MEANS = [
  { value: '신용카드', weight: 24 },
  { value: '신용카드 간편결제', weight: 24 },
  { value: '포인트/머니결제', weight: 18 },
  { value: '계좌 간편결제', weight: 12 },
  { value: '휴대폰', weight: 6 },
  { value: '후불결제', weight: 6 },
  { value: '휴대폰 간편결제', weight: 5 },
  { value: '패밀리결제', weight: 5 },
] as const

/**
 * A domestic receiver or merchant address. The receiver's generated address also carries the
 * documented extras (facts §8.3): building management number and coordinates always, a second phone
 * and the pickup/entry instructions on some.
 */
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
  buildingManagementNo?: string
  longitude?: string
  latitude?: string
  tel2?: string
  pickupLocationType?: Schemas['PickupLocationType']
  pickupLocationContent?: string
  entryMethod?: Schemas['EntryMethod']
  entryMethodContent?: string
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
    return ['010', this.faker.string.numeric(4), this.faker.string.numeric(4)].join('-')
  }

  /** A road-name address in a real district, its zip code, building number and coordinates agreeing. */
  address(name: string, tel: string): FakeAddress {
    const f = this.faker
    const d = f.helpers.arrayElement(DISTRICTS)
    const apartment = this.chance(0.7)
    const detailedAddress = apartment
      ? [f.number.int({ min: 101, max: 120 }), '동 ', f.number.int({ min: 101, max: 2504 }), '호'].join('')
      : [f.number.int({ min: 1, max: 5 }), '층'].join('')
    const tel2 = this.chance(0.25) ? this.mobile() : undefined
    const pickup = apartment && this.chance(0.3) ? f.helpers.arrayElement(PICKUP_LOCATIONS) : undefined
    const entry = pickup ? f.helpers.arrayElement(ENTRY_METHODS) : undefined
    // One literal; the optional parts come last so addresses with the same parts share one shape.
    return {
      addressType: 'DOMESTIC',
      name,
      tel1: tel,
      zipCode: String(f.number.int({ min: d.zip[0], max: d.zip[1] })).padStart(5, '0'),
      baseAddress: [d.name, f.helpers.arrayElement(d.roads), f.number.int({ min: 1, max: 300 })].join(' '),
      detailedAddress,
      city: '',
      state: '',
      country: '한국',
      isRoadNameAddress: true,
      buildingManagementNo: [d.sigungu, f.string.numeric(20)].join(''),
      longitude: (d.longitude + f.number.float({ min: -0.02, max: 0.02 })).toFixed(7),
      latitude: (d.latitude + f.number.float({ min: -0.02, max: 0.02 })).toFixed(7),
      ...(tel2 ? { tel2 } : {}),
      ...(pickup && entry
        ? {
            pickupLocationType: pickup.type,
            pickupLocationContent: pickup.content,
            entryMethod: entry.type,
            entryMethodContent: entry.content,
          }
        : {}),
    }
  }

  product(): { product: CatalogueProduct; option: CatalogueOption } {
    const product = this.faker.helpers.arrayElement(CATALOGUE)
    return { product, option: this.faker.helpers.arrayElement(product.options) }
  }

  paymentMeans(): string {
    return this.weighted<string>(PAYMENT_MEANS)
  }

  /** A masked Naver ID such as `jsp2****`. */
  maskedBuyerId(): string {
    return [this.faker.string.alpha({ length: 4, casing: 'lower' }), '****'].join('')
  }

  /** 개인통관고유부호: `P` and 12 digits. */
  customsCode(): string {
    return ['P', this.faker.string.numeric({ length: 12, allowLeadingZeros: true })].join('')
  }

  /** `n` random digits, leading zeros allowed. */
  digits(n: number): string {
    return this.faker.string.numeric({ length: n, allowLeadingZeros: true })
  }

  /** One of `items`, each as often as its weight says. */
  weighted<T>(items: readonly { value: T; weight: number }[]): T {
    return this.faker.helpers.weightedArrayElement(items as { value: T; weight: number }[])
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < p
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max })
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items)
  }
}
