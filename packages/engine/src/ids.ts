/** Deterministic ids in the real shapes (facts §4.6), unique across the whole engine. */
import { kstCompactDate } from '@npay-sandbox/protocol'

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same ids and data.
 * @example const rand = seededRandom(42); rand() // 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export class IdSource {
  private readonly used = new Set<string>()
  constructor(private readonly random: () => number) {}

  /** 16 digits starting with the KST order date, like `2022051120592121`. */
  orderId(epochMs: number): string {
    return this.unique(() => this.dated(epochMs, 8))
  }

  /** 16 digits starting with the KST order date, like `2022051122441251`. */
  productOrderId(epochMs: number): string {
    return this.unique(() => this.dated(epochMs, 8))
  }

  /** A numeric claim id. */
  claimId(): string {
    return this.unique(() => [1 + Math.floor(this.random() * 9), this.digits(9)].join(''))
  }

  /** A 16-digit bundle-shipping number. */
  packageNumber(epochMs: number): string {
    return this.unique(() => this.dated(epochMs, 8))
  }

  /** A 12-digit tracking number (the length CJ대한통운 and 한진 print), never the same twice. */
  trackingNumber(): string {
    return this.unique(() => [3 + Math.floor(this.random() * 4), this.digits(11)].join(''))
  }

  /** Marks ids that exist already (restored state) so they are never generated again. */
  reserve(id: string) {
    this.used.add(id)
  }

  digits(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += Math.floor(this.random() * 10)
    return s
  }

  /** `prefix` + `n` digits as one flat string: a `+` would keep both pieces and a link (ids live long). */
  private dated(epochMs: number, n: number): string {
    return [kstCompactDate(epochMs), this.digits(n)].join('')
  }

  private unique(make: () => string): string {
    for (;;) {
      const id = make()
      if (!this.used.has(id)) {
        this.used.add(id)
        return id
      }
    }
  }
}
