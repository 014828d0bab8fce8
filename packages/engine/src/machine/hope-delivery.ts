/**
 * 배송 희망일 변경 (changeHopeDelivery, Commerce API only [DOC]): the change's own checks as a rule list,
 * the engine input a schema-valid body becomes, and what the change writes. Which states allow it at all
 * is the table's row H1 (before dispatch, no claim in progress [INF]; refused elsewhere with 104442); the
 * rules here are checked first, in their order, and the first that refuses answers.
 */
import { formatKst, kstDayStart, NpayError, type OrderErrorCode } from '@npay-sandbox/protocol'
import {
  DAY_ONLY_ATTRIBUTE,
  type HopeDelivery,
  hopeDay,
  hopeDayEnd,
  hopeDayProblem,
  isHopeTime,
} from '../orders/hope-delivery.ts'
import type { ProductOrderRecord } from '../records.ts'
import type { EventInput } from './effect-context.ts'

/** The request body (HopeDeliveryChangeRequest of the Commerce API document). */
export interface HopeDeliveryChangeBody {
  hopeDeliveryYmd: string
  hopeDeliveryHm?: string
  region?: string
  changeReason: string
}

/**
 * `hopeDelivery.changer` after a change through the API: the docs name three changers, 구매자/판매자/판매자
 * API, without their values; the emulator writes the last one's label as the docs print it [REC].
 */
export const HOPE_DELIVERY_CHANGER = '판매자 API'

interface HopeCheck {
  body: HopeDeliveryChangeBody
  current: ProductOrderRecord['productOrder']['hopeDelivery']
  attribute: string | undefined
  now: number
}

export interface HopeDeliveryRule {
  code: OrderErrorCode
  refuses(check: HopeCheck): boolean
  note: string
}

const currentDay = (c: HopeCheck) => hopeDay(c.current?.hopeDeliveryYmd ?? '')
const newTime = (c: HopeCheck) => c.body.hopeDeliveryHm ?? c.current?.hopeDeliveryHm

// biome-ignore format: one rule per line reads as a table
export const HOPE_DELIVERY_RULES: readonly HopeDeliveryRule[] = [
  { code: '104441', refuses: (c) => c.current?.hopeDeliveryYmd === undefined, note: 'not placed as 희망일배송 / N희망일배송: no hopeDelivery block [DOC code; REC when]' },
  { code: '104450', refuses: (c) => c.attribute === DAY_ONLY_ATTRIBUTE && (c.body.hopeDeliveryHm !== undefined || c.body.region !== undefined), note: 'N희망일배송 takes neither time nor region [DOC]' },
  { code: '104449', refuses: (c) => (currentDay(c) ?? Number.POSITIVE_INFINITY) <= kstDayStart(c.now), note: 'the current hope day has come: too late to change it [REC]' },
  { code: '104444', refuses: (c) => ['invalid', 'past'].includes(hopeDayProblem(c.body.hopeDeliveryYmd, c.now) ?? ''), note: 'no such day, or a day before today (KST) [REC]' },
  { code: '104445', refuses: (c) => hopeDayProblem(c.body.hopeDeliveryYmd, c.now) === 'too-far', note: 'more than HOPE_DELIVERY_MAX_DAYS after today [REC]' },
  { code: '104446', refuses: (c) => c.body.hopeDeliveryYmd === c.current?.hopeDeliveryYmd && newTime(c) === c.current?.hopeDeliveryHm, note: 'same day and time as now [DOC]; a region-only change is refused too [REC]' },
]

/**
 * The engine's input of a change, or the first rule that refuses it. A time that is not HHmm is a 400
 * 4000 naming the field.
 * @example hopeDeliveryInput({ hopeDeliveryYmd: '20240520', changeReason: '고객 요청' }, { record, now })
 */
export function hopeDeliveryInput(
  body: HopeDeliveryChangeBody,
  ctx: { record: ProductOrderRecord; now: number },
): EventInput | { fail: OrderErrorCode } {
  const hm = body.hopeDeliveryHm
  if (hm !== undefined && !isHopeTime(hm)) {
    const message = `hopeDeliveryHm: ${hm}`
    throw NpayError.order('4000', { invalidInputs: [{ name: 'hopeDeliveryHm', type: 'Pattern', message }] })
  }
  const po = ctx.record.productOrder
  const check = { body, current: po.hopeDelivery, attribute: po.deliveryAttributeType, now: ctx.now }
  const refused = HOPE_DELIVERY_RULES.find((rule) => rule.refuses(check))
  if (refused) return { fail: refused.code }
  const change = { hopeDeliveryYmd: body.hopeDeliveryYmd, changeReason: body.changeReason }
  return {
    hopeDelivery: {
      ...change,
      ...(hm === undefined ? {} : { hopeDeliveryHm: hm }),
      ...(body.region === undefined ? {} : { region: body.region }),
      changer: HOPE_DELIVERY_CHANGER,
    },
  }
}

/**
 * Writes a change (the effect of row H1): the new day, and the time and region when given (else they stay),
 * the reason and the changer; the fee stays. The block is replaced whole, in the docs' field order, and an
 * N희망일배송 product order's guaranteed arrival moves to the end of the new day.
 */
export function changeHopeDelivery(
  record: ProductOrderRecord,
  change: NonNullable<EventInput['hopeDelivery']>,
) {
  const po = record.productOrder
  const before = po.hopeDelivery ?? {}
  const block: HopeDelivery = {}
  const region = change.region ?? before.region
  if (region !== undefined) block.region = region
  if (before.additionalFee !== undefined) block.additionalFee = before.additionalFee
  block.hopeDeliveryYmd = change.hopeDeliveryYmd
  const hm = change.hopeDeliveryHm ?? before.hopeDeliveryHm
  if (hm !== undefined) block.hopeDeliveryHm = hm
  block.changeReason = change.changeReason
  block.changer = change.changer
  po.hopeDelivery = block
  if (po.deliveryTagType === 'HOPE' && po.arrivalGuaranteeDate !== undefined)
    po.arrivalGuaranteeDate = formatKst(hopeDayEnd(change.hopeDeliveryYmd))
}
