/**
 * Seeded Korean fake data for seeds and scenario files: one `Faker` with the `ko` locale per seed, so
 * the same seed yields the same names, phones, addresses, products and prices in the same order.
 */
import type { Faker } from '@faker-js/faker'
import {
  type CreateOrderInput,
  type CreateOrderItem,
  createKoreanFaker,
  type FakeAddress,
} from '@npay-sandbox/engine'
import {
  BUYER_CLAIM_REASONS,
  CARRIERS,
  CATALOGUE,
  type ClaimKind,
  SELLER_CANCEL_REASONS,
} from './catalogue.ts'

/** A domestic road-name shipping address (facts §8.3). */
export type KoreanAddress = FakeAddress

/**
 * Realistic Korean shop data from one seed.
 * @example const fake = new KoreanFaker(7); fake.mobile() // '010-4821-0937'
 */
export class KoreanFaker {
  private readonly faker: Faker

  constructor(readonly seed: number) {
    this.faker = createKoreanFaker(seed)
  }

  /** A full name, family name first (`김민준`). */
  personName(): string {
    return this.faker.person.lastName() + this.faker.person.firstName()
  }

  /** A mobile number in the `010-XXXX-XXXX` shape. */
  mobile(): string {
    return `010-${this.faker.string.numeric(4)}-${this.faker.string.numeric(4)}`
  }

  /** A road-name address (`서울특별시 강남구 테헤란로 152`) with a real-shaped 5-digit zip code. */
  address(name: string, tel: string): KoreanAddress {
    const f = this.faker
    const zip = String(f.number.int({ min: 1_000, max: 63_644 })).padStart(5, '0')
    return {
      addressType: 'DOMESTIC',
      name,
      tel1: tel,
      zipCode: zip,
      baseAddress: `${f.location.state()} ${f.location.city()} ${f.location.street()} ${f.number.int({ min: 1, max: 350 })}`,
      detailedAddress: f.helpers.arrayElement([
        `${f.number.int({ min: 101, max: 115 })}동 ${f.number.int({ min: 1, max: 25 })}0${f.number.int({ min: 1, max: 4 })}호`,
        `${f.number.int({ min: 2, max: 5 })}층`,
        `${f.person.lastName()}빌라 ${f.number.int({ min: 101, max: 402 })}호`,
      ]),
      city: '',
      state: '',
      country: '한국',
      isRoadNameAddress: true,
    }
  }

  /** One line of an order: a catalogue product, one of its options, a quantity. */
  item(quantity?: number): CreateOrderItem {
    const p = this.faker.helpers.arrayElement(CATALOGUE)
    return {
      productName: p.name,
      optionName: this.faker.helpers.arrayElement(p.options),
      unitPrice: p.price,
      quantity:
        quantity ??
        this.faker.helpers.weightedArrayElement([
          { weight: 8, value: 1 },
          { weight: 2, value: 2 },
          { weight: 1, value: 3 },
        ]),
    }
  }

  /** A buyer's order with `items` lines; `paid: false` waits for a virtual-account deposit. */
  order(input: { items?: number; quantity?: number; paid?: boolean } = {}): CreateOrderInput {
    const name = this.personName()
    const tel = this.mobile()
    const items = Array.from({ length: input.items ?? 1 }, () => this.item(input.quantity))
    const paid = input.paid !== false
    return {
      ordererName: name,
      ordererTel: tel,
      shippingAddress: this.address(name, tel),
      items,
      paid,
      paymentMeans: paid
        ? this.pick(['신용카드', '신용카드 간편결제', '계좌 간편결제', '포인트/머니결제', '휴대폰 간편결제'])
        : '무통장입금',
    }
  }

  /** A buyer's reason for a claim of this kind, and its free text. */
  buyerReason(kind: ClaimKind): { reason: string; text: string } {
    return this.pick(BUYER_CLAIM_REASONS[kind])
  }

  sellerCancelReason(): { reason: string; text: string } {
    return this.pick(SELLER_CANCEL_REASONS)
  }

  carrier(): string {
    return this.pick(CARRIERS)
  }

  /** A 12-digit tracking number, the length CJ대한통운 and 한진 print. */
  trackingNumber(): string {
    return `${this.faker.number.int({ min: 3, max: 6 })}${this.faker.string.numeric(11)}`
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max })
  }

  /** A uniform number in [0, 1). */
  chance(): number {
    return this.faker.number.float({ min: 0, max: 1 })
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items)
  }

  /** One value by weight, e.g. a fate of busy-shop. */
  weighted<T>(items: readonly { weight: number; value: T }[]): T {
    return this.faker.helpers.weightedArrayElement(items as { weight: number; value: T }[])
  }
}
