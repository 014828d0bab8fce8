import {
  type CreateOrderInput,
  type CreateOrderItem,
  type FakeAddress,
} from '../../../packages/engine/src/index.js'
import { type ClaimKind } from './catalogue.js'
/** A domestic road-name shipping address (facts §8.3). */
export type KoreanAddress = FakeAddress
/**
 * Realistic Korean shop data from one seed.
 * @example const fake = new KoreanFaker(7); fake.mobile() // '010-4821-0937'
 */
export declare class KoreanFaker {
  readonly seed: number
  private readonly faker
  constructor(seed: number)
  /** A full name, family name first (`김민준`). */
  personName(): string
  /** A mobile number in the `010-XXXX-XXXX` shape. */
  mobile(): string
  /** A road-name address (`서울특별시 강남구 테헤란로 152`) with a real-shaped 5-digit zip code. */
  address(name: string, tel: string): KoreanAddress
  /** One line of an order: a catalogue product, one of its options, a quantity. */
  item(quantity?: number): CreateOrderItem
  /** A buyer's order with `items` lines; `paid: false` waits for a virtual-account deposit. */
  order(input?: { items?: number; quantity?: number; paid?: boolean }): CreateOrderInput
  /** A buyer's reason for a claim of this kind, and its free text. */
  buyerReason(kind: ClaimKind): {
    reason: string
    text: string
  }
  sellerCancelReason(): {
    reason: string
    text: string
  }
  carrier(): string
  /** A 12-digit tracking number, the length CJ대한통운 and 한진 print. */
  trackingNumber(): string
  int(min: number, max: number): number
  /** A uniform number in [0, 1). */
  chance(): number
  pick<T>(items: readonly T[]): T
  /** One value by weight, e.g. a fate of busy-shop. */
  weighted<T>(
    items: readonly {
      weight: number
      value: T
    }[],
  ): T
}
