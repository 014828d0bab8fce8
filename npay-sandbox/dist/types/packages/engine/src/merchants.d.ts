import type { FakeAddress } from './fake.js'
export interface Merchant {
  clientId: string
  clientSecret: string
  mallId: string
  name: string
  isDefault: boolean
  /** Address the merchant ships from (`takingAddress`). */
  takingAddress: FakeAddress
}
/** Fills in what a new merchant lacks; refuses secrets that are not bcrypt salts of a sane cost. */
export declare function newMerchant(
  input: {
    clientId?: string | undefined
    clientSecret?: string | undefined
    mallId?: string | undefined
    name?: string | undefined
  },
  random: () => number,
  isDefault: boolean,
): Merchant
