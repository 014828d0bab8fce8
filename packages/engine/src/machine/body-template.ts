/**
 * Default request bodies as JSON data: fixed values, and placeholders for what is only known when a body
 * is sent (the sender's clock, the product order's dispatch deadline, a fresh tracking number, the
 * product order itself). Data rather than functions, so the dashboard's page fills the same templates
 * the TypeScript callers do.
 */
import { formatKst, kstCompactDate } from '@npay-sandbox/protocol'

/** A value of a default body. */
export type BodyValue =
  | string
  | number
  | boolean
  /** The sender's now plus this many ms, as a KST date-time. */
  | { $now: number }
  /** This many ms after the product order's dispatch deadline, or after now when that is later. */
  | { $afterDue: number }
  /** A tracking number no other order uses. */
  | { $tracking: true }
  /** The sender's KST day plus this many days, as `yyyyMMdd` (a hope-delivery day). */
  | { $hopeDay: number }
  /** The id of the product order the body (or list entry) is for. */
  | { $productOrderId: true }
  | BodyTemplate
  | readonly BodyValue[]

export interface BodyTemplate {
  readonly [field: string]: BodyValue
}

/** What a sender knows when it fills a template. */
export interface BodyContext {
  now: number
  /** The product order's current dispatch deadline (`shippingDueDate`), when the sender knows it. */
  dueDate?: number | undefined
  /** A tracking number no other order uses; told which product order it is for. */
  tracking(productOrderId: string | undefined): string
  productOrderId?: string | undefined
}

export const NOW: BodyValue = { $now: 0 }
export const TRACKING: BodyValue = { $tracking: true }
export const PRODUCT_ORDER_ID: BodyValue = { $productOrderId: true }

const isPlaceholder = (v: object, key: string): boolean => key in v && Object.keys(v).length === 1

/**
 * The body a template stands for in `ctx`.
 * @example fillBody({ dispatchDate: NOW, trackingNumber: TRACKING }, { now, tracking: () => '412345678901' })
 */
export function fillBody(template: BodyTemplate, ctx: BodyContext): Record<string, unknown> {
  return fillValue(template, ctx) as Record<string, unknown>
}

/** The value one template value stands for in `ctx`. */
export function fillValue(value: BodyValue, ctx: BodyContext): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((v) => fillValue(v, ctx))
  const v = value as Record<string, unknown>
  if (isPlaceholder(v, '$now')) return formatKst(ctx.now + (v.$now as number))
  if (isPlaceholder(v, '$afterDue'))
    return formatKst(Math.max(ctx.now, ctx.dueDate ?? ctx.now) + (v.$afterDue as number))
  if (isPlaceholder(v, '$tracking')) return ctx.tracking(ctx.productOrderId)
  if (isPlaceholder(v, '$hopeDay')) return kstCompactDate(ctx.now + (v.$hopeDay as number) * 86_400_000)
  if (isPlaceholder(v, '$productOrderId')) return ctx.productOrderId
  return Object.fromEntries(
    Object.entries(value as BodyTemplate).map(([key, inner]) => [key, fillValue(inner, ctx)]),
  )
}
