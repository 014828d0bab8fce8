/**
 * Lint of unpaid orders a poller keeps forever (facts §10.1 N4, open Q8): the product orders the client last
 * read as PAYMENT_WAITING (a last-changed row, a query or a search), and which the deposit deadline has
 * since cancelled (CANCELED_BY_NOPAYMENT). Whether the real API reports that expiry in last-changed is not
 * documented, and by default (engine option `paymentExpiryLastChangedType: 'none'`) the sandbox writes no
 * row: once the client's polling window has moved past the deadline without reading the order again, it
 * still believes the order awaits a deposit.
 */
import { defineTenantExtension, type Tenant } from '@npay-sandbox/engine'
import { formatKst, parseDateTime } from '@npay-sandbox/protocol'
import type { LintNote } from './findings.ts'

/** At most this many product orders are remembered per merchant; the oldest are forgotten first. */
const CAPACITY = 10_000

/** Product orders the client last saw as PAYMENT_WAITING, by id (insertion order = oldest first). */
export type WaitingSeen = Map<string, true>

/**
 * The rule's state as tenant extension state (reset with the merchant, carried by the state document).
 * @example tenant.extension(WAITING_SEEN).size
 */
export const WAITING_SEEN = defineTenantExtension<WaitingSeen>({
  name: 'lint-payment-waiting',
  create: () => new Map(),
  save: (seen) => [...seen.keys()],
  load: (saved) => {
    if (!Array.isArray(saved) || !saved.every((id) => typeof id === 'string'))
      throw new TypeError('lint-payment-waiting must be a list of product order ids')
    return new Map(saved.map((id) => [id, true as const]))
  },
})

type Seen = { productOrderId?: unknown; productOrderStatus?: unknown }

/** (productOrderId, productOrderStatus) pairs of a last-changed, query or search answer. */
function statusesIn(body: unknown): Seen[] {
  const data = (body as { data?: unknown } | null)?.data
  if (Array.isArray(data)) return data.map((d) => (d as { productOrder?: Seen } | null)?.productOrder ?? {})
  const d = data as { lastChangeStatuses?: unknown; contents?: unknown } | undefined
  if (Array.isArray(d?.lastChangeStatuses)) return d.lastChangeStatuses as Seen[]
  if (Array.isArray(d?.contents))
    return d.contents.map(
      (c) => (c as { content?: { productOrder?: Seen } } | null)?.content?.productOrder ?? {},
    )
  return []
}

/**
 * After a successful read: remember what the client now holds as PAYMENT_WAITING, forget what it saw move on.
 * @example notePaymentWaiting(tenant, { data: { lastChangeStatuses: [{ productOrderId, productOrderStatus: 'PAYMENT_WAITING' }] } })
 */
export function notePaymentWaiting(tenant: Tenant, body: unknown) {
  const seen = tenant.extension(WAITING_SEEN)
  for (const { productOrderId: id, productOrderStatus: status } of statusesIn(body).slice(0, 1000)) {
    if (typeof id !== 'string') continue
    seen.delete(id)
    if (status === 'PAYMENT_WAITING') seen.set(id, true)
  }
  for (const id of seen.keys()) {
    if (seen.size <= CAPACITY) break
    seen.delete(id)
  }
}

/** When the deposit deadline cancelled the product order, if it did. */
function expiredAt(tenant: Tenant, id: string): number | undefined {
  const record = tenant.productOrder(id)
  if (record?.productOrder.productOrderStatus !== 'CANCELED_BY_NOPAYMENT') return undefined
  return record.history.find((h) => h.event === 'expire-payment')?.at
}

/**
 * Before a last-changed call: product orders the client holds as PAYMENT_WAITING whose deposit deadline
 * passed before the window it now asks for. Each is reported once.
 * @example paymentExpiryMissed(tenant, new URLSearchParams('lastChangedFrom=…'))?.rule // 'payment-expiry-missed'
 */
export function paymentExpiryMissed(tenant: Tenant, query: URLSearchParams): LintNote | undefined {
  const from = parseDateTime(query.get('lastChangedFrom') ?? '')
  if (!from.ok) return undefined
  const seen = tenant.extension(WAITING_SEEN)
  const missed: { id: string; at: number }[] = []
  for (const id of seen.keys()) {
    const at = expiredAt(tenant, id)
    if (at === undefined && tenant.productOrder(id)?.productOrder.productOrderStatus !== 'PAYMENT_WAITING')
      seen.delete(id)
    if (at === undefined || at >= from.epochMs) continue
    seen.delete(id)
    missed.push({ id, at })
  }
  if (missed.length === 0) return undefined
  const silent = missed.every(({ id, at }) => !hasRow(tenant, id, at))
  const one = missed.length === 1
  const listed = missed.slice(0, 10).map(({ id, at }) => `${id} (${formatKst(at)})`)
  return {
    rule: 'payment-expiry-missed',
    message: `${listed.join(', ')}${missed.length > 10 ? ` and ${missed.length - 10} more` : ''} ${one ? 'was' : 'were'} PAYMENT_WAITING when the client last read ${one ? 'it' : 'them'}, and the deposit deadline has since cancelled ${one ? 'it' : 'them'} (CANCELED_BY_NOPAYMENT at the instant shown); the polling window has moved past that instant ${silent ? '(last-changed-statuses has no row for the expiry: paymentExpiryLastChangedType none)' : 'without reading the row of the expiry'}, so the client still holds ${one ? 'it' : 'them'} as awaiting a deposit`,
    advice:
      'Keep the PAYMENT_WAITING product orders you hold, and once their order.paymentDueDate has passed query them (POST product-orders/query): whether last-changed-statuses reports an expired deposit, and with which lastChangedType, is not documented.',
  }
}

/** Whether the expiry wrote a last-changed row (engine option `paymentExpiryLastChangedType`). */
function hasRow(tenant: Tenant, id: string, at: number): boolean {
  return tenant.log.page({ from: at, to: at, limit: 1000 }).rows.some((r) => r.productOrderId === id)
}
