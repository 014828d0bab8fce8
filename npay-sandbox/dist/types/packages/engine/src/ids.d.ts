/**
 * A small seeded PRNG (mulberry32): the same seed gives the same ids and data.
 * @example const rand = seededRandom(42); rand() // 0.6011037519201636
 */
export declare function seededRandom(seed: number): () => number
export declare class IdSource {
  private readonly random
  private readonly used
  constructor(random: () => number)
  /** 16 digits starting with the KST order date, like `2022051120592121`. */
  orderId(epochMs: number): string
  /** 16 digits starting with the KST order date, like `2022051122441251`. */
  productOrderId(epochMs: number): string
  /** A numeric claim id. */
  claimId(): string
  /** A 16-digit bundle-shipping number. */
  packageNumber(epochMs: number): string
  /** Marks ids that exist already (restored state) so they are never generated again. */
  reserve(id: string): void
  digits(n: number): string
  /** `prefix` + `n` digits as one flat string: a `+` would keep both pieces and a link (ids live long). */
  private dated
  private unique
}
