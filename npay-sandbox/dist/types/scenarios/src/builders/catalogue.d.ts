/**
 * What a Korean online shop sells, with its options and KRW prices. Prices end in 00 or 900 the way
 * real listings do; categories mix light goods, food and bulky items so claims look plausible.
 */
export interface CatalogueItem {
  name: string
  options: readonly string[]
  /** Unit price in KRW. */
  price: number
}
export declare const CATALOGUE: readonly CatalogueItem[]
/** What a buyer's claim is about. */
export type ClaimKind = 'cancel' | 'return' | 'exchange'
/** Claim reasons buyers pick for each kind of claim, with the free text they typically write. */
export declare const BUYER_CLAIM_REASONS: Readonly<
  Record<
    ClaimKind,
    readonly {
      reason: string
      text: string
    }[]
  >
>
/** Reasons a seller cancels on its own (판매 취소). */
export declare const SELLER_CANCEL_REASONS: readonly {
  reason: string
  text: string
}[]
/** Carriers that ship most Korean parcels, by their delivery company codes (facts §9.12). */
export declare const CARRIERS: readonly string[]
