/** Realistic Korean order data from one seeded generator: the same seed gives the same values. */
import type { Faker } from '@faker-js/faker'
/**
 * A Faker with the Korean locale (falling back to English, then base) and its own seed.
 * @example createKoreanFaker(7).person.lastName() // '김'
 */
export declare function createKoreanFaker(seed: number): Faker
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
export declare class FakeData {
  private readonly faker
  constructor(seed: number)
  personName(): string
  /** A mobile number in the usual `010-XXXX-XXXX` shape. */
  mobile(): string
  /** A road-name address with a 5-digit zip code. */
  address(name: string, tel: string): FakeAddress
  product(): {
    name: string
    option: string
    price: number
  }
  paymentMeans(): string
  /** A masked Naver ID such as `jsp2****`. */
  maskedBuyerId(): string
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}
