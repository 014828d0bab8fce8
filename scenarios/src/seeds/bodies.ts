/**
 * Request bodies a merchant would send for each action: the action's declared default body (engine
 * `defaultBody`) with realistic Korean reasons and carriers drawn from the seed. Seeds send them through
 * the engine's own action functions, so they meet the same checks as API requests.
 */
import { defaultBody, type MerchantAction, type ReadonlyProductOrderRecord } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import type { ClaimKind } from '../builders/catalogue.ts'
import type { KoreanFaker } from '../builders/fake.ts'

const DAY_MS = 86_400_000

export interface BodyOptions {
  now: number
  record: ReadonlyProductOrderRecord
  fake: KoreanFaker
  /** A tracking number no other order uses (the engine's, so seeds applied twice never clash). */
  tracking: () => string
  /** Units to cancel or return; the whole remaining quantity when omitted. */
  quantity?: number | undefined
  /** Days the dispatch deadline moves by on `delayDispatch`. */
  delayDays?: number | undefined
}

type ActBody = Record<string, unknown>

/**
 * The body of one single-item merchant action.
 * @example actionBody('rejectReturn', { now, record, fake, tracking }) // { rejectReturnReason: '…' }
 */
export function actionBody(action: MerchantAction, o: BodyOptions): ActBody {
  // The seed's own picks come first, then the template's tracking number: the faker's draws keep their order.
  const seeded = variation(action, o)
  const dueDate = Date.parse(o.record.productOrder.shippingDueDate ?? '') || undefined
  const declared = defaultBody(action, [o.record.productOrderId], {
    now: o.now,
    dueDate,
    tracking: o.tracking,
  })
  return { ...declared, ...seeded }
}

/** What a seed varies in the declared body: reasons, carriers, quantities, how long a delay is. */
function variation(action: MerchantAction, o: BodyOptions): ActBody {
  const { fake } = o
  const quantity = (field: string) => (o.quantity === undefined ? {} : { [field]: o.quantity })
  switch (action) {
    case 'delayDispatch': {
      const currentDue = Date.parse(o.record.productOrder.shippingDueDate ?? '') || o.now
      return {
        dispatchDueDate: formatKst(Math.max(currentDue, o.now) + (o.delayDays ?? 3) * DAY_MS),
        delayedDispatchReason: fake.pick(['PRODUCT_PREPARE', 'CUSTOM_BUILD', 'RESERVED_DISPATCH'] as const),
        dispatchDelayedDetailedReason: fake.pick([
          '주문량 증가로 출고가 지연되고 있습니다',
          '주문 제작 상품으로 제작 기간이 필요합니다',
          '입고 예정일에 맞춰 순차 발송됩니다',
        ]),
      }
    }
    case 'requestCancel': {
      const r = fake.sellerCancelReason()
      return { cancelReason: r.reason, cancelDetailedReason: r.text, ...quantity('cancelQuantity') }
    }
    case 'requestReturn': {
      const r = fake.buyerReason('return')
      return { returnReason: r.reason, collectDeliveryCompany: fake.carrier(), ...quantity('returnQuantity') }
    }
    case 'redeliverExchange':
      return { reDeliveryCompany: fake.carrier() }
    default:
      return {}
  }
}

/** The input of a buyer claim event: a reason and the buyer's own words. */
export function buyerClaimInput(fake: KoreanFaker, kind: ClaimKind, quantity?: number) {
  const r = fake.buyerReason(kind)
  return { reason: r.reason, detailedReason: r.text, ...(quantity === undefined ? {} : { quantity }) }
}
