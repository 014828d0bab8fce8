/**
 * What the live-field tests do to their own orders: one flow per product order, each a list of steps
 * through the real interfaces — merchant actions over the API (named by operationId, bodies written from
 * the facts §7), buyer, carrier and platform events over the control plane. Together they leave a claim
 * block of every kind (cancel, return, exchange, admin cancel; open, held, rejected, done, partial).
 */

/** One step: a merchant action with its body, or a control-plane event with its body. */
export type FlowStep =
  | { action: string; body?: Record<string, unknown> }
  | { event: string; body?: Record<string, unknown> }

const confirm: FlowStep = { action: 'confirmProductOrders' }
const dispatch: FlowStep = { action: 'dispatchProductOrders' }
const deliver: FlowStep = { event: 'deliver' }
const decide: FlowStep = { event: 'decide-purchase' }
const SHIPPED = [confirm, dispatch, deliver]
const collect: FlowStep = { event: 'collect' }
const collected: FlowStep = { event: 'collect-done' }
const buyerReturn = (quantity?: number): FlowStep => ({
  event: 'buyer-return',
  body: {
    reason: 'BROKEN',
    detailedReason: '포장 불량으로 파손되었습니다',
    ...(quantity ? { quantity } : {}),
  },
})
const buyerExchange: FlowStep = {
  event: 'buyer-exchange',
  body: { reason: 'COLOR_AND_SIZE', detailedReason: '사이즈 교환 원합니다' },
}
const redeliver: FlowStep = {
  action: 'redeliverExchange',
  body: { reDeliveryMethod: 'DELIVERY', reDeliveryCompany: 'HANJIN', reDeliveryTrackingNumber: '$tracking' },
}

/** The flows, by name; `needsQuantity` flows claim part of the quantity, so they need two units or more. */
export const FLOWS: readonly { name: string; steps: readonly FlowStep[] }[] = [
  { name: 'decided', steps: [...SHIPPED, decide] },
  { name: 'delivered', steps: SHIPPED },
  {
    name: 'delayed then dispatched',
    steps: [
      confirm,
      {
        action: 'delayDispatch',
        body: {
          dispatchDueDate: '$days:6',
          delayedDispatchReason: 'PRODUCT_PREPARE',
          dispatchDelayedDetailedReason: '주문 폭주로 출고가 늦어집니다',
        },
      },
      dispatch,
    ],
  },
  {
    name: 'buyer cancel before confirm',
    steps: [{ event: 'buyer-cancel', body: { reason: 'INTENT_CHANGED' } }],
  },
  {
    name: 'buyer cancel approved',
    steps: [
      confirm,
      { event: 'buyer-cancel', body: { reason: 'DELAYED_DELIVERY' } },
      { action: 'approveCancel' },
    ],
  },
  { name: 'seller cancel', steps: [{ action: 'requestCancel', body: { cancelReason: 'SOLD_OUT' } }] },
  {
    name: 'partial cancel, rest decided',
    steps: [
      { action: 'requestCancel', body: { cancelReason: 'SOLD_OUT', cancelQuantity: 1 } },
      ...SHIPPED,
      decide,
    ],
  },
  { name: 'admin cancel', steps: [{ event: 'admin-cancel' }] },
  {
    name: 'return approved',
    steps: [...SHIPPED, buyerReturn(), collect, collected, { action: 'approveReturn' }],
  },
  {
    name: 'seller return, designated collect, held then approved',
    steps: [
      ...SHIPPED,
      {
        action: 'requestReturn',
        body: {
          returnReason: 'WRONG_DELIVERY',
          collectDeliveryMethod: 'RETURN_DESIGNATED',
          collectDeliveryCompany: 'CJGLS',
          collectTrackingNumber: '$tracking',
        },
      },
      collect,
      collected,
      {
        action: 'holdbackReturn',
        body: {
          holdbackClassType: 'RETURN_DELIVERYFEE',
          holdbackReturnDetailReason: '반품 배송비 입금 확인 후 처리',
          extraReturnFeeAmount: 3000,
        },
      },
      { action: 'releaseReturnHoldback' },
      { action: 'approveReturn' },
    ],
  },
  {
    name: 'return rejected',
    steps: [
      ...SHIPPED,
      buyerReturn(),
      { action: 'rejectReturn', body: { rejectReturnReason: '사용 흔적이 있습니다' } },
    ],
  },
  {
    name: 'return collecting, held for another fee',
    steps: [
      ...SHIPPED,
      buyerReturn(),
      collect,
      {
        action: 'holdbackReturn',
        body: {
          holdbackClassType: 'EXTRAFEEE',
          holdbackReturnDetailReason: '포장재 훼손 비용 청구',
          extraReturnFeeAmount: 5000,
        },
      },
    ],
  },
  {
    name: 'partial return approved',
    steps: [...SHIPPED, buyerReturn(1), collect, collected, { action: 'approveReturn' }],
  },
  {
    name: 'exchanged after a fee holdback, then decided',
    steps: [
      ...SHIPPED,
      buyerExchange,
      collect,
      collected,
      {
        action: 'holdbackExchange',
        body: {
          holdbackClassType: 'EXCHANGE_EXTRAFEE',
          holdbackExchangeDetailReason: '교환 상품 추가 비용 청구',
          extraExchangeFeeAmount: 4000,
        },
      },
      { action: 'releaseExchangeHoldback' },
      redeliver,
      { event: 'redeliver-done' },
      decide,
    ],
  },
  {
    name: 'exchange held, released, redelivering',
    steps: [
      ...SHIPPED,
      buyerExchange,
      collect,
      { action: 'completeExchangeCollect' },
      {
        action: 'holdbackExchange',
        body: {
          holdbackClassType: 'EXCHANGE_DELIVERYFEE',
          holdbackExchangeDetailReason: '교환 배송비 입금 대기',
          extraExchangeFeeAmount: 6000,
        },
      },
      { action: 'releaseExchangeHoldback' },
      redeliver,
    ],
  },
  {
    name: 'exchange rejected',
    steps: [
      ...SHIPPED,
      buyerExchange,
      { action: 'rejectExchange', body: { rejectExchangeReason: '교환 불가 상품' } },
    ],
  },
  { name: 'address changed then dispatched', steps: [{ event: 'change-address' }, confirm, dispatch] },
  { name: 'new', steps: [] },
]

/** Payment means of an order, exactly as the facts list them (§9.13). */
export const PAYMENT_MEANS = [
  '신용카드',
  '신용카드 간편결제',
  '휴대폰',
  '휴대폰 간편결제',
  '계좌 간편결제',
  '무통장입금',
  '포인트/머니결제',
  '패밀리결제',
  '후불결제',
] as const

/** Tax types of a product (facts §9.15). */
export const TAX_TYPES = ['TAXATION', 'TAX_EXEMPTION', 'TAX_FREE'] as const
