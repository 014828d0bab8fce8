/**
 * What a `call` step sends when the file leaves it out: the product orders it targets in the right
 * field, and the action's declared default body (engine `defaultBody`). The file's `body` is merged over
 * these defaults (a `null` field removes one), so a step states only what it is about.
 */
import { ACTIONS, defaultBody, SINGLE_ITEM_ACTIONS } from '@npay-sandbox/engine'
import { formatKst, MAX_QUERY_WINDOW_MS } from '@npay-sandbox/protocol'
import { commerceApiOperationIndex, operationIndex } from '@npay-sandbox/schema'

/**
 * Single-item operations, addressed by the `productOrderId` path parameter: the engine's, and every operation
 * of either API whose path names one (the Commerce API's seller-only changeHopeDelivery too).
 */
export const SINGLE_ITEM_OPERATIONS: ReadonlySet<string> = new Set([
  ...SINGLE_ITEM_ACTIONS,
  ...[...operationIndex, ...commerceApiOperationIndex]
    .filter((op) => op.path.includes('{productOrderId}'))
    .map((op) => op.operationId as string),
])

/** Whether the engine declares a default body for the operation (every merchant action of either API). */
const hasDeclaredBody = (op: string) => Object.hasOwn(ACTIONS, op)

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
  const declared = (productOrderIds: readonly string[]) =>
    hasDeclaredBody(op)
      ? (defaultBody(op as Parameters<typeof defaultBody>[0], productOrderIds, {
          now: c.now,
          tracking: () => c.tracking(),
        }) as Record<string, unknown> | undefined)
      : undefined
  if (SINGLE_ITEM_OPERATIONS.has(op)) return { productOrderId: ids[0], ...params, ...withBody(declared(ids)) }
  switch (op) {
    case 'confirmProductOrders':
      return { ...params, ...withBody(declared(ids)) }
    case 'queryProductOrders':
      return { ...params, ...withBody({ productOrderIds: ids }) }
    case 'dispatchProductOrders': {
      if (body === null) return { ...params }
      const { dispatchProductOrders, ...itemFields } = given
      // One parcel per order: its product orders share a tracking number, other orders' may not (104121).
      const parcels = new Map<string, string>()
      const tracking = (id: string | undefined) => {
        const key = (id && c.orderOf(id)) ?? id ?? ''
        if (!parcels.has(key)) parcels.set(key, c.tracking())
        return parcels.get(key)!
      }
      const entries = defaultBody(op, ids, { now: c.now, tracking })!.dispatchProductOrders as Record<
        string,
        unknown
      >[]
      const items = dispatchProductOrders ?? entries.map((entry) => merge(entry, itemFields))
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
