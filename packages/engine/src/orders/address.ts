/** The receiver's address of a new order: generated, or the given parts over generated ones. */
import type { FakeData } from '../fake.ts'
import type { ShippingAddress } from '../records.ts'

/**
 * A given address keeps only what it says plus generated basics (name, phone, zip, lines); the
 * generated extras (building number, coordinates, second phone, pickup and entry instructions) belong
 * to the generated street address and are dropped once the caller names another street.
 * @example receiverAddress({ baseAddress: '서울특별시 중구 세종대로 110' }, '홍길동', '010-1234-5678', fake)
 */
export function receiverAddress(
  given: Partial<ShippingAddress> | undefined,
  name: string,
  tel: string,
  fake: FakeData,
): ShippingAddress {
  const generated = fake.address(given?.name ?? name, given?.tel1 ?? tel) as ShippingAddress
  if (!given) return generated
  if (given.baseAddress === undefined && given.addressType !== 'FOREIGN') return { ...generated, ...given }
  return {
    addressType: generated.addressType,
    name: generated.name,
    tel1: generated.tel1,
    zipCode: generated.zipCode,
    baseAddress: generated.baseAddress,
    detailedAddress: generated.detailedAddress,
    city: '',
    state: '',
    country: given.addressType === 'FOREIGN' ? '' : generated.country,
    isRoadNameAddress: given.addressType !== 'FOREIGN',
    ...given,
  }
}
