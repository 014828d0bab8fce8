/**
 * Each merchant action beside its table rows (facts §7.5–§7.19): how its request body becomes the
 * engine's input, the business codes its own input checks answer, and a valid default body. The API,
 * the seeds, the scenario runner, the contract suites and the dashboard's forms all read these, so a
 * body is described once.
 */
import { NpayError, type OrderErrorCode } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import { dateParam } from '../api/date-param.ts'
import { checkDelivery, DELIVERY_COMPANY_CODES } from '../api/delivery-rules.ts'
import type { ProductOrderRecord } from '../records.ts'
import {
  type BodyContext,
  type BodyTemplate,
  type BodyValue,
  fillBody,
  fillValue,
  NOW,
  PRODUCT_ORDER_ID,
  TRACKING,
} from './body-template.ts'
import type { EventInput } from './effects.ts'
import { MERCHANT_ACTIONS, type MerchantAction, type SellerAction } from './events.ts'
import { HOPE_DELIVERY_RULES, type HopeDeliveryChangeBody, hopeDeliveryInput } from './hope-delivery.ts'
import { REFUSALS } from './table.ts'

const DAY_MS = 86_400_000

/** The request body of each action as the API document types it (bulk actions: one list entry). */
interface Bodies {
  confirmProductOrders: string
  delayDispatch: Schemas['DelayDispatchRequest']
  dispatchProductOrders: Schemas['DispatchProductOrder']
  requestCancel: Schemas['RequestCancelRequest']
  approveCancel: undefined
  requestReturn: Schemas['RequestReturnRequest']
  approveReturn: undefined
  rejectReturn: Schemas['RejectReturnRequest']
  holdbackReturn: Schemas['HoldbackReturnRequest']
  releaseReturnHoldback: undefined
  completeExchangeCollect: undefined
  redeliverExchange: Schemas['RedeliverExchangeRequest']
  rejectExchange: Schemas['RejectExchangeRequest']
  holdbackExchange: Schemas['HoldbackExchangeRequest']
  releaseExchangeHoldback: undefined
  changeHopeDelivery: HopeDeliveryChangeBody
}

/** Every merchant action: the shared ones and the Commerce API's seller-only ones. */
export type AnyMerchantAction = MerchantAction | SellerAction

/** The whole request body of an action, as its operation takes it. */
export type RequestBody<A extends AnyMerchantAction> = A extends 'confirmProductOrders'
  ? Schemas['ConfirmProductOrdersRequest']
  : A extends 'dispatchProductOrders'
    ? Schemas['DispatchProductOrdersRequest']
    : Bodies[A]

export interface InputContext {
  record: ProductOrderRecord
  now: number
  /** Dispatch: whether another order already uses the entry's tracking number (104121). */
  trackingTaken?: ((entry: Schemas['DispatchProductOrder']) => boolean) | undefined
}

/** A body the action refuses for this product order, with the per-item message when not the catalogue's. */
export interface InputRefusal {
  fail: OrderErrorCode
  message?: string
}

export interface ActionDeclaration<Body> {
  /** Bulk actions list their product orders in this array property, one entry each. */
  list?: 'productOrderIds' | 'dispatchProductOrders'
  /** A valid body (of a bulk action: one list entry); absent when the action takes no body. */
  body?: BodyValue
  /** Business codes of the action's own input checks, besides the table's refusals and ownership. */
  checks: readonly OrderErrorCode[]
  /** The engine's input from a schema-valid body (or list entry), or why this product order refuses it. */
  toInput(body: Body, ctx: InputContext): EventInput | InputRefusal
}

const NO_INPUT = { checks: [], toInput: () => ({}) } as const

/** Units still to cancel or return; more is a 400 4000 naming the field. */
function quantityOf(field: string, quantity: number | undefined, record: ProductOrderRecord) {
  const remain = record.productOrder.remainQuantity ?? record.productOrder.quantity ?? 1
  if (quantity !== undefined && quantity > remain) {
    const message = `${field}: 최대 ${remain}`
    throw NpayError.order('4000', { invalidInputs: [{ name: field, type: 'Range', message }] })
  }
  return quantity
}

/** `value` without its undefined fields (the engine's input never carries an explicit undefined). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

// One declaration per action, in the order of MERCHANT_ACTIONS.
export const ACTIONS: { readonly [A in AnyMerchantAction]: ActionDeclaration<Bodies[A]> } = {
  confirmProductOrders: { list: 'productOrderIds', body: PRODUCT_ORDER_ID, ...NO_INPUT },
  delayDispatch: {
    body: {
      dispatchDueDate: { $afterDue: 5 * DAY_MS },
      delayedDispatchReason: 'PRODUCT_PREPARE',
      dispatchDelayedDetailedReason: '주문량 증가로 출고가 지연되고 있습니다',
    },
    checks: ['104105'],
    toInput(body, { record, now }) {
      const due = dateParam('dispatchDueDate', body.dispatchDueDate)
      const shippingDue = record.productOrder.shippingDueDate
      const current = shippingDue ? Date.parse(shippingDue) : 0
      if (due <= now || due <= current) return { fail: '104105' }
      const reason = body.delayedDispatchReason
      return {
        delay: defined({ dispatchDueDate: due, reason, detailedReason: body.dispatchDelayedDetailedReason }),
      }
    },
  },
  dispatchProductOrders: {
    list: 'dispatchProductOrders',
    body: {
      productOrderId: PRODUCT_ORDER_ID,
      deliveryMethod: 'DELIVERY',
      deliveryCompanyCode: 'CJGLS',
      trackingNumber: TRACKING,
      dispatchDate: NOW,
    },
    checks: ['104116', '104117', '104118', '104119', '104120', '104121', '104122', '104131'],
    toInput(entry, { record, now, trackingTaken }) {
      const problem = checkDelivery({
        method: entry.deliveryMethod,
        company: entry.deliveryCompanyCode,
        tracking: entry.trackingNumber,
        expectedMethod: record.productOrder.expectedDeliveryMethod,
      })
      if (problem) return { fail: problem }
      if (trackingTaken?.(entry)) return { fail: '104121' }
      if (!entry.dispatchDate) return { fail: '4000', message: 'dispatchDate: 발송일은 필수입니다.' }
      const dispatchDate = dateParam('dispatchDate', entry.dispatchDate)
      if (dispatchDate > now + 60_000)
        return { fail: '4000', message: 'dispatchDate: 발송일은 미래일 수 없습니다.' }
      const { deliveryCompanyCode, trackingNumber } = entry
      return {
        dispatch: defined({
          deliveryMethod: entry.deliveryMethod!,
          deliveryCompanyCode,
          trackingNumber,
          dispatchDate,
        }),
      }
    },
  },
  requestCancel: {
    body: { cancelReason: 'SOLD_OUT', cancelDetailedReason: '재고 소진으로 판매 취소합니다' },
    checks: [],
    toInput: (body, { record }) =>
      defined({
        reason: body.cancelReason,
        detailedReason: body.cancelDetailedReason,
        quantity: quantityOf('cancelQuantity', body.cancelQuantity, record),
      }),
  },
  approveCancel: NO_INPUT,
  requestReturn: {
    body: { returnReason: 'PRODUCT_UNSATISFIED', collectDeliveryMethod: 'RETURN_DESIGNATED' },
    checks: ['104119'],
    toInput(body, { record }) {
      const quantity = quantityOf('returnQuantity', body.returnQuantity, record)
      const company = body.collectDeliveryCompany
      if (company && !DELIVERY_COMPANY_CODES.has(company)) return { fail: '104119' }
      const collect = defined({
        deliveryMethod: body.collectDeliveryMethod,
        deliveryCompany: company,
        trackingNumber: body.collectTrackingNumber,
      })
      return defined({ reason: body.returnReason, quantity, collect })
    },
  },
  approveReturn: NO_INPUT,
  rejectReturn: {
    body: { rejectReturnReason: '상품 택이 제거되어 반품이 불가합니다' },
    checks: [],
    toInput: (body) => ({ rejectReason: body.rejectReturnReason }),
  },
  holdbackReturn: {
    body: {
      holdbackClassType: 'RETURN_DELIVERYFEE',
      holdbackReturnDetailReason: '반품 배송비 3,000원 입금 확인 후 처리됩니다',
      extraReturnFeeAmount: 3_000,
    },
    checks: [],
    toInput: (body) => ({
      holdback: defined({
        classType: body.holdbackClassType,
        detailedReason: body.holdbackReturnDetailReason,
        extraFeeAmount: body.extraReturnFeeAmount,
      }),
    }),
  },
  releaseReturnHoldback: NO_INPUT,
  completeExchangeCollect: NO_INPUT,
  redeliverExchange: {
    body: { reDeliveryMethod: 'DELIVERY', reDeliveryCompany: 'CJGLS', reDeliveryTrackingNumber: TRACKING },
    checks: ['104117', '104118', '104119', '104120', '104122'],
    toInput(body) {
      const company = body.reDeliveryCompany
      const tracking = body.reDeliveryTrackingNumber
      const problem = checkDelivery({ method: body.reDeliveryMethod, company, tracking })
      if (problem) return { fail: problem }
      const redelivery = {
        deliveryMethod: body.reDeliveryMethod!,
        deliveryCompany: company,
        trackingNumber: tracking,
      }
      return { redelivery: defined(redelivery) }
    },
  },
  rejectExchange: {
    body: { rejectExchangeReason: '사용 흔적이 있어 교환이 불가합니다' },
    checks: [],
    toInput: (body) => ({ rejectReason: body.rejectExchangeReason }),
  },
  holdbackExchange: {
    body: {
      holdbackClassType: 'EXCHANGE_DELIVERYFEE',
      holdbackExchangeDetailReason: '교환 왕복 배송비 3,000원이 입금되지 않았습니다',
      extraExchangeFeeAmount: 3_000,
    },
    checks: [],
    toInput: (body) => ({
      holdback: defined({
        classType: body.holdbackClassType,
        detailedReason: body.holdbackExchangeDetailReason,
        extraFeeAmount: body.extraExchangeFeeAmount,
      }),
    }),
  },
  releaseExchangeHoldback: NO_INPUT,
  changeHopeDelivery: {
    body: { hopeDeliveryYmd: { $hopeDay: 7 }, changeReason: '구매자 요청으로 배송 희망일을 변경합니다' },
    checks: HOPE_DELIVERY_RULES.map((rule) => rule.code),
    toInput: hopeDeliveryInput,
  },
}

/**
 * The engine's input of an action from a body already valid against the API document.
 * @example actionInput('rejectReturn', { rejectReturnReason: '…' }, { record, now }) // { rejectReason: '…' }
 */
export function actionInput(
  action: AnyMerchantAction,
  body: unknown,
  ctx: InputContext,
): EventInput | InputRefusal {
  return (ACTIONS[action] as ActionDeclaration<unknown>).toInput(body, ctx)
}

/**
 * A valid body of the action for `productOrderIds` (bulk actions list each; the others take the first),
 * or undefined when the action takes no body.
 * @example defaultBody('confirmProductOrders', ['2024…'], { now, tracking }) // { productOrderIds: ['2024…'] }
 */
export function defaultBody<A extends AnyMerchantAction>(
  action: A,
  productOrderIds: readonly string[],
  ctx: Omit<BodyContext, 'productOrderId'>,
): RequestBody<A> | undefined {
  const { list, body } = ACTIONS[action] as ActionDeclaration<unknown>
  if (body === undefined) return undefined
  const filled = list
    ? { [list]: productOrderIds.map((id) => fillValue(body, { ...ctx, productOrderId: id })) }
    : fillBody(body as BodyTemplate, { ...ctx, productOrderId: productOrderIds[0] })
  return filled as RequestBody<A>
}

/** Codes every action can answer: a malformed request (4000), an unknown or another merchant's product order. */
const COMMON_CODES: readonly OrderErrorCode[] = ['4000', '100001', '101009']

/** What a forbidden action answers (facts §10.6): its refusals in the table, else 9999. */
function refusalCodesOf(action: AnyMerchantAction): OrderErrorCode[] {
  const refusals = REFUSALS.filter((r) => r.event === action)
  const always = refusals.some((r) => r.from === undefined)
  return [...(always ? [] : ['9999' as const]), ...refusals.map((r) => r.code)]
}

const byNumber = (codes: Iterable<OrderErrorCode>) =>
  [...new Set(codes)].sort((a, b) => Number(a) - Number(b))

/**
 * Every business code an action can answer: request validation and ownership, the table's refusals,
 * its own input checks.
 * @example errorCodesOf('redeliverExchange') // ['4000', '100001', '101009', '104117', …, '104417']
 */
export function errorCodesOf(action: AnyMerchantAction): OrderErrorCode[] {
  return byNumber([...COMMON_CODES, ...refusalCodesOf(action), ...ACTIONS[action].checks])
}

/** The business codes the merchant actions can answer, all of them (the coverage report's list). */
export const ACTION_ERROR_CODES: readonly OrderErrorCode[] = byNumber(MERCHANT_ACTIONS.flatMap(errorCodesOf))
