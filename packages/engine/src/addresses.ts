/** The address shape of claim blocks and the return receive address (facts §8.4). */
import type { Schemas } from '@npay-sandbox/schema'

type Address = Schemas['Address']

/**
 * The fields of an address that claim blocks carry (facts §8.4), without the receiver-only extras (pick-up and
 * entry notes, building number, coordinates); absent fields stay absent.
 * @example postalAddress(po.shippingAddress).zipCode
 */
export function postalAddress(a: Readonly<Address>) {
  const {
    addressType,
    name,
    tel1,
    tel2,
    zipCode,
    baseAddress,
    detailedAddress,
    city,
    state,
    country,
    isRoadNameAddress,
  } = a
  const address = {
    addressType,
    name,
    tel1,
    tel2,
    zipCode,
    baseAddress,
    detailedAddress,
    city,
    state,
    country,
    isRoadNameAddress,
  }
  return Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined)) as typeof address
}
