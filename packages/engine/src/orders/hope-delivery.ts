/**
 * 희망일배송 (hope delivery): the day (and time, region, fee) a buyer of the Commerce API chose at checkout,
 * written as `productOrder.hopeDelivery` (facts §8.2; compact formats §4.5). The Npay mall API has no such
 * product orders (facts Q15 [INF]); the date rules here are the ones a change checks too
 * (machine/hope-delivery.ts).
 */
import { type ApiProfile, kstDayStart, parseKstDate } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import { type CreateHopeDelivery, invalid } from './input.ts'

export type { CreateHopeDelivery } from './input.ts'

export type HopeDelivery = Schemas['HopeDelivery']

/** How many days after today a hope day may lie [REC: the docs give no limit; 104445 needs one]. */
export const HOPE_DELIVERY_MAX_DAYS = 30

/** The delivery attributes of hope-delivery product orders: 희망일배송 and N희망일배송 [DOC enum]. */
export const HOPE_DELIVERY_ATTRIBUTES: ReadonlySet<string> = new Set(['HOPE', 'HOPE_SELLER_GUARANTEE'])

/** N희망일배송 takes neither a time nor a region (104450 [DOC]). */
export const DAY_ONLY_ATTRIBUTE = 'HOPE_SELLER_GUARANTEE'

const DAY = 86_400_000

/**
 * The KST midnight starting a `yyyyMMdd` day, or undefined when there is no such day.
 * @example hopeDay('20240229') // Date.UTC(2024, 1, 28, 15); hopeDay('20230229') // undefined
 */
export function hopeDay(ymd: string): number | undefined {
  if (!/^\d{8}$/.test(ymd)) return undefined
  return parseKstDate(`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`)
}

/** Whether `hm` is a time of day in `HHmm` (0000–2359). */
export const isHopeTime = (hm: string): boolean => /^([01]\d|2[0-3])[0-5]\d$/.test(hm)

/**
 * What is wrong with a hope day seen at `now`: no such day, a day before today (KST), or one more than
 * HOPE_DELIVERY_MAX_DAYS after it; undefined when it will do.
 * @example hopeDayProblem('20240520', Date.UTC(2024, 4, 15, 1)) // undefined
 */
export function hopeDayProblem(ymd: string, now: number): 'invalid' | 'past' | 'too-far' | undefined {
  const day = hopeDay(ymd)
  const today = kstDayStart(now)
  if (day === undefined) return 'invalid'
  if (day < today) return 'past'
  if (day > today + HOPE_DELIVERY_MAX_DAYS * DAY) return 'too-far'
  return undefined
}

/** The end of a hope day (23:59:59 KST), for arrivalGuaranteeDate of an N희망일배송 product order. */
export const hopeDayEnd = (ymd: string): number => (hopeDay(ymd) ?? 0) + DAY - 1_000

const DAY_RULE: Record<'invalid' | 'past' | 'too-far', string> = {
  invalid: 'must be a date that exists, as yyyyMMdd',
  past: 'must not be before the day of the order (KST)',
  'too-far': `must be at most ${HOPE_DELIVERY_MAX_DAYS} days after the day of the order`,
}

/**
 * Checks a line's hope delivery for an order placed at `now` by a merchant of `api` (a control-plane 400
 * naming the field): Commerce API merchants only, a real day from today on, a real time, N희망일배송
 * without time or region, a hope-delivery attribute.
 */
export function checkHopeDelivery(
  hope: CreateHopeDelivery,
  at: string,
  ctx: { api: ApiProfile; now: number; deliveryAttributeType: string | undefined },
) {
  if (ctx.api !== 'commerce')
    throw invalid(
      at,
      'Invalid',
      'is given only for a Commerce API merchant (희망일배송 is a Commerce API feature)',
    )
  if (hope.region !== undefined && (hope.region.length < 1 || hope.region.length > 30))
    throw invalid(`${at}.region`, 'Size', 'must be 1 to 30 characters')
  if (hope.additionalFee !== undefined && !(Number.isInteger(hope.additionalFee) && hope.additionalFee >= 0))
    throw invalid(`${at}.additionalFee`, 'Range', 'must be a non-negative integer')
  const problem = hopeDayProblem(hope.hopeDeliveryYmd, ctx.now)
  if (problem) throw invalid(`${at}.hopeDeliveryYmd`, 'Invalid', DAY_RULE[problem])
  if (hope.hopeDeliveryHm !== undefined && !isHopeTime(hope.hopeDeliveryHm))
    throw invalid(`${at}.hopeDeliveryHm`, 'Invalid', 'must be a time of day as HHmm (0000–2359)')
  const attribute = ctx.deliveryAttributeType
  if (attribute !== undefined && !HOPE_DELIVERY_ATTRIBUTES.has(attribute))
    throw invalid(at, 'Invalid', 'is given only with deliveryAttributeType HOPE or HOPE_SELLER_GUARANTEE')
  if (attribute === DAY_ONLY_ATTRIBUTE && (hope.hopeDeliveryHm !== undefined || hope.region !== undefined))
    throw invalid(
      at,
      'Invalid',
      'N희망일배송 (HOPE_SELLER_GUARANTEE) takes neither hopeDeliveryHm nor region',
    )
}

/**
 * The block a new product order carries: the buyer's choice, nothing changed yet (no changeReason, no
 * changer). Built in one field order, as the docs list the fields.
 */
export function hopeDeliveryBlock(hope: CreateHopeDelivery): HopeDelivery {
  const block: HopeDelivery = {}
  if (hope.region !== undefined) block.region = hope.region
  if (hope.additionalFee !== undefined) block.additionalFee = hope.additionalFee
  block.hopeDeliveryYmd = hope.hopeDeliveryYmd
  if (hope.hopeDeliveryHm !== undefined) block.hopeDeliveryHm = hope.hopeDeliveryHm
  return block
}
