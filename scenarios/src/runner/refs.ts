/**
 * Names given by `create: {as: …}` and how steps refer to them: `name[i]` is the i-th product order,
 * `name.orderId` the order, `name` alone (where several are allowed) all product orders. Strings in
 * bodies, params and expectations may embed `${ref}`, `${now}`, `${now+5d}`, `${now-1h}`, `${start}`, and
 * a KST day as yyyyMMdd with `:ymd` (`${now+3d:ymd}`, for fields such as hopeDeliveryYmd).
 */
import { parseDuration } from '@npay-sandbox/engine'
import { formatKst, kstCompactDate } from '@npay-sandbox/protocol'

/** A reference that names nothing created so far. */
export class RefError extends Error {
  override name = 'RefError'
}

interface Named {
  orderId: string
  productOrderIds: string[]
}

const REF_RE = /^([A-Za-z_][A-Za-z0-9_-]*)(?:\[(\d+)\]|\.(orderId))?$/
const TIME_RE = /^(now|start)(?:([+-])(\w+))?(:ymd)?$/

export class Names {
  private readonly named = new Map<string, Named>()
  private readonly labels = new Map<string, string>()

  define(name: string, order: Named) {
    if (this.named.has(name)) throw new RefError(`the name ${name} is taken by an earlier step`)
    this.named.set(name, order)
    this.labels.set(order.orderId, `${name}.orderId`)
    for (const [i, id] of order.productOrderIds.entries()) this.labels.set(id, `${name}[${i}]`)
  }

  /** How a report shows an id: by the name it was created under, when it has one. */
  label(id: string): string {
    return this.labels.get(id) ?? id
  }

  /** One id. A string of digits that names nothing is a literal id (for 100001 tests). */
  one(ref: string): string {
    const m = REF_RE.exec(ref)
    if (!m) {
      if (/^\d+$/.test(ref)) return ref
      throw new RefError(`${ref} is not a reference: write name[0] or name.orderId`)
    }
    const [, name, index, field] = m
    const order = this.named.get(name!)
    if (!order) {
      if (/^\d+$/.test(ref)) return ref
      throw new RefError(
        `nothing is named ${name} (known: ${[...this.named.keys()].join(', ') || 'none yet'})`,
      )
    }
    if (field) return order.orderId
    if (index === undefined) throw new RefError(`${ref} is an order: pick a product order, e.g. ${name}[0]`)
    const id = order.productOrderIds[Number(index)]
    if (!id)
      throw new RefError(
        `${name} has ${order.productOrderIds.length} product order(s); ${ref} does not exist`,
      )
    return id
  }

  /** Several ids: a list of references, or a name for all of its product orders. */
  many(refs: string | string[]): string[] {
    if (Array.isArray(refs)) return refs.map((r) => this.one(r))
    const order = this.named.get(refs)
    return order ? [...order.productOrderIds] : [this.one(refs)]
  }

  /** The order a product order belongs to. */
  orderOf(productOrderId: string): string | undefined {
    for (const order of this.named.values())
      if (order.productOrderIds.includes(productOrderId)) return order.orderId
    return undefined
  }

  /**
   * Replaces `${…}` placeholders in every string of `value`, deeply.
   * @example names.interpolate({ ids: ['${a[0]}'] }, clock) // { ids: ['2025060212345678'] }
   */
  interpolate<T>(value: T, clock: { now: number; start: number }): T {
    if (typeof value === 'string')
      return value.replace(/\$\{([^}]+)\}/g, (_, expr: string) => this.expression(expr.trim(), clock)) as T
    if (Array.isArray(value)) return value.map((v) => this.interpolate(v, clock)) as T
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.interpolate(v, clock)])) as T
    return value
  }

  private expression(expr: string, clock: { now: number; start: number }): string {
    const t = TIME_RE.exec(expr)
    if (!t) return this.one(expr)
    const base = t[1] === 'now' ? clock.now : clock.start
    const format = t[4] ? kstCompactDate : formatKst
    if (!t[2]) return format(base)
    const ms = parseDuration(t[3]!)
    if (ms === undefined) throw new RefError(`${expr}: ${t[3]} is not a duration like 5d, 90m or 1h30m`)
    return format(t[2] === '+' ? base + ms : base - ms)
  }
}
