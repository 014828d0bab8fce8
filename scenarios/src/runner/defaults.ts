/**
 * What a `call` step sends when the file leaves it out: the product orders it targets in the right
 * field, and a valid body with plain Korean reasons. The file's `body` is merged over these defaults
 * (a `null` field removes one), so a step states only what it is about.
 */
import { SINGLE_ITEM_ACTIONS } from '@npay-sandbox/engine'
import { formatKst, MAX_QUERY_WINDOW_MS } from '@npay-sandbox/protocol'

const DAY_MS = 86_400_000

/** Bodies of the single-item actions that take one. */
// biome-ignore format: one operation per line
const BODIES: Record<string, Record<string, unknown>> = {
  delayDispatch: { delayedDispatchReason: 'PRODUCT_PREPARE', dispatchDelayedDetailedReason: '주문량 증가로 출고가 지연되고 있습니다' },
  requestCancel: { cancelReason: 'SOLD_OUT', cancelDetailedReason: '재고 소진으로 판매 취소합니다' },
  requestReturn: { returnReason: 'PRODUCT_UNSATISFIED', collectDeliveryMethod: 'RETURN_DESIGNATED' },
  rejectReturn: { rejectReturnReason: '상품 택이 제거되어 반품이 불가합니다' },
  holdbackReturn: { holdbackClassType: 'RETURN_DELIVERYFEE', holdbackReturnDetailReason: '반품 배송비 6,000원 입금 확인 후 처리됩니다' },
  rejectExchange: { rejectExchangeReason: '사용 흔적이 있어 교환이 불가합니다' },
  holdbackExchange: { holdbackClassType: 'EXCHANGE_DELIVERYFEE', holdbackExchangeDetailReason: '교환 왕복 배송비 6,000원이 입금되지 않았습니다' },
}

/** Single-item operations, addressed by the `productOrderId` path parameter. */
export const SINGLE_ITEM_OPERATIONS: ReadonlySet<string> = new Set(SINGLE_ITEM_ACTIONS)

export interface DefaultContext {
  now: number
  start: number
  /** A tracking number no other order of the server uses. */
  tracking(): string
  orderOf(productOrderId: string): string | undefined
}

/** `a` with `b` merged over it, deeply for plain objects; a null in `b` deletes the key. */
export function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const base = out[key]
    if (value === null) delete out[key]
    else if (isPlain(value) && isPlain(base)) out[key] = merge(base, value)
    else out[key] = value
  }
  return out
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)

/** The start of a query window: the scenario's start when it is within 24 hours, else 24 hours ago. */
const windowStart = (c: DefaultContext) =>
  formatKst(Math.max(c.start - 1_000, c.now - MAX_QUERY_WINDOW_MS + 60_000))

/**
 * The input of one call for one target (single-item operations) or all targets (the others).
 * @example defaultInput('approveReturn', ['2025…'], ctx, {}) // { productOrderId: '2025…' }
 */
export function defaultInput(
  op: string,
  ids: string[],
  c: DefaultContext,
  body: Record<string, unknown> | null | undefined,
  params: Record<string, unknown> = {},
): Record<string, unknown> {
  const given = body ?? {}
  const withBody = (defaults: Record<string, unknown> | undefined) =>
    body === null || (defaults === undefined && body === undefined)
      ? {}
      : { body: merge(defaults ?? {}, given) }
  if (SINGLE_ITEM_OPERATIONS.has(op)) {
    const defaults =
      op === 'delayDispatch'
        ? { ...BODIES.delayDispatch, dispatchDueDate: formatKst(c.now + 5 * DAY_MS) }
        : op === 'redeliverExchange'
          ? {
              reDeliveryMethod: 'DELIVERY',
              reDeliveryCompany: 'CJGLS',
              reDeliveryTrackingNumber: c.tracking(),
            }
          : BODIES[op]
    return { productOrderId: ids[0], ...params, ...withBody(defaults) }
  }
  switch (op) {
    case 'confirmProductOrders':
    case 'queryProductOrders':
      return { ...params, ...withBody({ productOrderIds: ids }) }
    case 'dispatchProductOrders': {
      if (body === null) return { ...params }
      const { dispatchProductOrders, ...itemFields } = given
      // One parcel per order: its product orders share a tracking number, other orders' may not (104121).
      const parcels = new Map<string, string>()
      const tracking = (id: string) => {
        const key = c.orderOf(id) ?? id
        if (!parcels.has(key)) parcels.set(key, c.tracking())
        return parcels.get(key)!
      }
      const item = (productOrderId: string) => ({
        productOrderId,
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: tracking(productOrderId),
        dispatchDate: formatKst(c.now),
      })
      const items = dispatchProductOrders ?? ids.map((id) => merge(item(id), itemFields))
      return { ...params, body: { dispatchProductOrders: items } }
    }
    case 'getProductOrderIds':
      return { orderId: ids[0] === undefined ? undefined : c.orderOf(ids[0]), ...params }
    case 'getLastChangedStatuses':
      return { lastChangedFrom: windowStart(c), ...params }
    case 'searchProductOrders':
      return { from: windowStart(c), rangeType: 'ORDERED_DATETIME', ...params }
    default:
      return { ...params, ...withBody(undefined) }
  }
}
