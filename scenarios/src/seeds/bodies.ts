/**
 * Request bodies a merchant would send for each action, filled with realistic Korean text. Seeds send
 * them through the engine's own action functions, so they meet the same checks as API requests.
 */
import type { MerchantAction, ProductOrderRecord } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import type { ClaimKind } from '../builders/catalogue.ts'
import type { KoreanFaker } from '../builders/fake.ts'

const DAY_MS = 86_400_000

export interface BodyOptions {
  now: number
  record: ProductOrderRecord
  fake: KoreanFaker
  /** Units to cancel or return; the whole remaining quantity when omitted. */
  quantity?: number | undefined
  /** Days the dispatch deadline moves by on `delayDispatch`. */
  delayDays?: number | undefined
}

type ActBody = Record<string, unknown>

/**
 * The body of one single-item merchant action.
 * @example actionBody('rejectReturn', { now, record, fake }) // { rejectReturnReason: '…' }
 */
export function actionBody(action: MerchantAction, o: BodyOptions): ActBody {
  const { fake } = o
  switch (action) {
    case 'delayDispatch': {
      const currentDue = Date.parse(o.record.productOrder.shippingDueDate ?? '') || o.now
      const due = Math.max(currentDue, o.now) + (o.delayDays ?? 3) * DAY_MS
      return {
        dispatchDueDate: formatKst(due),
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
      return {
        cancelReason: r.reason,
        cancelDetailedReason: r.text,
        ...(o.quantity === undefined ? {} : { cancelQuantity: o.quantity }),
      }
    }
    case 'requestReturn': {
      const r = fake.buyerReason('return')
      return {
        returnReason: r.reason,
        collectDeliveryMethod: 'RETURN_DESIGNATED',
        collectDeliveryCompany: fake.carrier(),
        ...(o.quantity === undefined ? {} : { returnQuantity: o.quantity }),
      }
    }
    case 'rejectReturn':
      return { rejectReturnReason: '상품 택이 제거되어 반품이 불가합니다' }
    case 'rejectExchange':
      return { rejectExchangeReason: '사용 흔적이 있어 교환이 불가합니다' }
    case 'holdbackReturn':
      return {
        holdbackClassType: 'RETURN_DELIVERYFEE',
        holdbackReturnDetailReason: '반품 배송비 6,000원 입금 확인 후 처리됩니다',
        extraReturnFeeAmount: 6_000,
      }
    case 'holdbackExchange':
      return {
        holdbackClassType: 'EXCHANGE_DELIVERYFEE',
        holdbackExchangeDetailReason: '교환 왕복 배송비 6,000원이 입금되지 않았습니다',
        extraExchangeFeeAmount: 6_000,
      }
    case 'redeliverExchange':
      return {
        reDeliveryMethod: 'DELIVERY',
        reDeliveryCompany: fake.carrier(),
        reDeliveryTrackingNumber: fake.trackingNumber(),
      }
    default:
      return {}
  }
}

/** The input of a buyer claim event: a reason and the buyer's own words. */
export function buyerClaimInput(fake: KoreanFaker, kind: ClaimKind, quantity?: number) {
  const r = fake.buyerReason(kind)
  return { reason: r.reason, detailedReason: r.text, ...(quantity === undefined ? {} : { quantity }) }
}
