/**
 * A canonical, byte-stable export of one merchant's state: its orders with their product orders (as
 * the API shows them, plus the transition history) and the whole change log. Two engines that went
 * through the same transitions export the same bytes, which is how seed determinism is tested.
 */
import { buildDetail, type Tenant } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'

/** Sorts object keys recursively so the text never depends on the order fields were written in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key]
    if (v !== undefined) out[key] = canonical(v)
  }
  return out
}

/**
 * The state of a merchant as canonical JSON text (sorted keys, two-space indent, KST date-times).
 * @example
 * const a = exportTenant(seeded(1).tenant()); const b = exportTenant(seeded(1).tenant())
 * a === b // true
 */
export function exportTenant(tenant: Tenant): string {
  const orders = [...tenant.orderRecords()].map((order) => ({
    orderId: order.order.orderId,
    productOrders: order.productOrderIds.map((id) => {
      const record = tenant.productOrder(id)!
      return {
        detail: buildDetail(record, order, { deprecatedClaimBlocks: false }),
        receiverAddressChanged: record.receiverAddressChanged,
        history: record.history.map((h) => ({
          at: formatKst(h.at),
          actor: h.actor,
          event: h.event,
          rowId: h.rowId,
          lastChangedType: h.lastChangedType,
          to: h.to,
        })),
      }
    }),
  }))
  const changeLog = tenant.log
    .page({ from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, limit: Number.MAX_SAFE_INTEGER })
    .rows.map((row) => ({ ...row, at: formatKst(row.at) }))
  const state = {
    clientId: tenant.clientId,
    mallId: tenant.merchant.mallId,
    now: formatKst(tenant.now()),
    orders,
    changeLog,
  }
  return `${JSON.stringify(canonical(state), null, 2)}\n`
}
