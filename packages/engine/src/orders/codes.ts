/**
 * The merchant's own codes on a line (sellerProductCode, optionManageCode, sellerCustomCode1/2, itemNo,
 * originalProductId, groupProductId, merchantChannelId), the gift and customs code some orders carry,
 * and how the line is to be delivered (deliveryAttributeType, deliveryTagType, expectedDeliveryCompany,
 * arrivalGuaranteeDate). Given values win; the rest come from the catalogue and the seeded generator.
 */
import { formatKst, kstDayStart } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import type { FakeData } from '../fake.ts'
import { ERP_CODES, FREE_GIFTS, WAREHOUSE_BINS } from './catalogue.ts'
import { hopeDayEnd } from './hope-delivery.ts'
import { type CreateHopeDelivery, type CreateOrderItem, GUARANTEED_DELIVERY } from './input.ts'

const DAY = 86_400_000
const HOUR = 3_600_000

const channels = new Map<string, string>()

/**
 * A merchant's channel number, the same for all its orders: 9 digits from its mall id.
 * @example merchantChannel('np_abc123') // '5…' (always the same for this id)
 */
export function merchantChannel(mallId: string): string {
  let channel = channels.get(mallId)
  if (!channel) {
    let hash = 0x811c9dc5
    for (let i = 0; i < mallId.length; i++) hash = Math.imul(hash ^ mallId.charCodeAt(i), 0x01000193) >>> 0
    channel = String(100_000_000 + (hash % 900_000_000))
    channels.set(mallId, channel)
  }
  return channel
}

const ATTRIBUTES = [
  { value: 'NORMAL', weight: 80 },
  { value: 'TODAY', weight: 12 },
  { value: 'ARRIVAL_GUARANTEE', weight: 4 },
  { value: 'SELLER_GUARANTEE', weight: 4 },
] as const
const TAGS = ['TODAY', 'TOMORROW', 'DAWN', 'SUNDAY', 'STANDARD'] as const
const COMPANIES = [
  { value: 'CJGLS', weight: 50 },
  { value: 'HANJIN', weight: 15 },
  { value: 'HYUNDAI', weight: 15 },
  { value: 'EPOST', weight: 12 },
  { value: 'KGB', weight: 8 },
] as const

/**
 * When delivery is guaranteed to arrive for an order placed at `now` with `tag` (facts §9.15): today,
 * tomorrow, tomorrow 07:00 (dawn), the coming Sunday, D+2, or the hoped-for day (D+3 here).
 * @example arrivalGuarantee('TOMORROW', Date.UTC(2024, 4, 15, 1)) // '2024-05-16T23:59:59.000+09:00'
 */
export function arrivalGuarantee(tag: Schemas['DeliveryTagType'], now: number): string {
  const day = kstDayStart(now)
  const endOf = (days: number) => day + (days + 1) * DAY - 1_000
  if (tag === 'TODAY') return formatKst(endOf(0))
  if (tag === 'TOMORROW') return formatKst(endOf(1))
  if (tag === 'DAWN') return formatKst(day + DAY + 7 * HOUR)
  if (tag === 'SUNDAY') {
    const weekday = new Date(day + 9 * HOUR).getUTCDay()
    return formatKst(endOf((7 - weekday) % 7 || 7))
  }
  return formatKst(endOf(tag === 'STANDARD' ? 2 : 3))
}

export interface DeliveryAttributes {
  deliveryAttributeType: Schemas['DeliveryAttributeType']
  deliveryTagType: Schemas['DeliveryTagType'] | undefined
  arrivalGuaranteeDate: string | undefined
  expectedDeliveryCompany: string
}

/**
 * How line `item` ships: an N배송-like attribute on some lines, with its tag and guaranteed arrival; a line
 * with a hope day is 희망일배송 unless it says otherwise, and N희망일배송 is guaranteed on the hope day.
 */
export function deliveryAttributes(
  item: CreateOrderItem,
  now: number,
  fake: FakeData,
  hope?: CreateHopeDelivery,
): DeliveryAttributes {
  const attribute =
    item.deliveryAttributeType ??
    (hope ? 'HOPE' : undefined) ??
    (item.deliveryTagType ? 'ARRIVAL_GUARANTEE' : fake.weighted<Schemas['DeliveryAttributeType']>(ATTRIBUTES))
  const tag =
    item.deliveryTagType ??
    (GUARANTEED_DELIVERY.has(attribute)
      ? attribute === 'HOPE_SELLER_GUARANTEE'
        ? 'HOPE'
        : fake.pick(TAGS)
      : undefined)
  return {
    deliveryAttributeType: attribute,
    deliveryTagType: tag,
    arrivalGuaranteeDate:
      tag === 'HOPE' && hope
        ? formatKst(hopeDayEnd(hope.hopeDeliveryYmd))
        : tag
          ? arrivalGuarantee(tag, now)
          : undefined,
    expectedDeliveryCompany: item.expectedDeliveryCompany ?? fake.weighted<string>(COMPANIES),
  }
}

export interface LineCodes {
  sellerProductCode: string
  optionManageCode: string | undefined
  sellerCustomCode1: string
  sellerCustomCode2: string
  originalProductId: string
  groupProductId: number | undefined
  freeGift: string | undefined
}

/** The merchant's codes of a line; `catalogued` codes belong to the generated product, if it was one. */
export function lineCodes(
  item: CreateOrderItem,
  catalogued: { sellerProductCode: string; optionManageCode: string } | undefined,
  fake: FakeData,
): LineCodes {
  return {
    sellerProductCode:
      item.sellerProductCode ?? catalogued?.sellerProductCode ?? ['SP-', fake.digits(6)].join(''),
    optionManageCode: item.optionManageCode ?? catalogued?.optionManageCode,
    sellerCustomCode1: item.sellerCustomCode1 ?? fake.pick(WAREHOUSE_BINS),
    sellerCustomCode2: item.sellerCustomCode2 ?? fake.pick(ERP_CODES),
    originalProductId: item.originalProductId ?? fake.digits(10),
    groupProductId:
      item.groupProductId ?? (fake.chance(0.15) ? 1_000_000_000 + fake.int(0, 99_999_999) : undefined),
    freeGift: item.freeGift ?? (fake.chance(0.15) ? fake.pick(FREE_GIFTS) : undefined),
  }
}
