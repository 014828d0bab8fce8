/** The address shape of claim blocks and the return receive address (facts §8.4). */
import type { Schemas } from '@npay-sandbox/schema'

type Address = Schemas['Address']

/** The fields facts §8.4 lists for the addresses of claim blocks, in their order. */
const POSTAL_FIELDS = [
  'addressType',
  'name',
  'tel1',
  'tel2',
  'zipCode',
  'baseAddress',
  'detailedAddress',
  'city',
  'state',
  'country',
  'isRoadNameAddress',
] as const satisfies readonly (keyof Address)[]

/**
 * The fields of an address that claim blocks carry (facts §8.4), without the receiver-only extras (pick-up and
 * entry notes, building number, coordinates); absent fields stay absent.
 * @example postalAddress(po.shippingAddress).zipCode
 */
export function postalAddress(a: Readonly<Address>): Pick<Address, (typeof POSTAL_FIELDS)[number]> {
  const address: Partial<Address> = {}
  for (const field of POSTAL_FIELDS) if (a[field] !== undefined) Object.assign(address, { [field]: a[field] })
  return address as Pick<Address, (typeof POSTAL_FIELDS)[number]>
}
