/**
 * Order fields the control plane accepts beyond the basic ones (discounts, coupons, merchant codes, …),
 * read from its OpenAPI document when the test runs, so orders carry them as soon as the control plane
 * does — without this test knowing their names in advance. Each gets a small valid sample value.
 */
import { controlPlaneDocument } from '@npay-sandbox/schema'
import type { Loose } from './session.ts'

type Schema = { readonly [key: string]: unknown }

/** What the tests set themselves on an item / an order; anything else in the schema is "extra". */
const BASIC_ITEM = new Set([
  'productName',
  'productId',
  'optionName',
  'unitPrice',
  'quantity',
  'taxType',
  'deliveryFeeAmount',
])
const BASIC_ORDER = new Set([
  'clientId',
  'items',
  'paymentMeans',
  'paid',
  'shippingAddress',
  'ordererName',
  'ordererTel',
])

const schemas = (controlPlaneDocument as unknown as { components: { schemas: Record<string, Schema> } })
  .components.schemas

function deref(schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref
  if (typeof ref !== 'string') return schema
  return deref(schemas[ref.replace('#/components/schemas/', '')])
}

/** A sample amount: small enough to stay below any price the tests use, within the schema's bounds. */
function number(name: string, schema: Schema): number {
  const wanted = /ratio|rate|percent/i.test(name) ? 10 : 500
  const min = typeof schema.minimum === 'number' ? schema.minimum : 0
  const max = typeof schema.maximum === 'number' ? schema.maximum : Number.POSITIVE_INFINITY
  return Math.min(max, Math.max(min, wanted))
}

/** A string matching a simple pattern (literals, `\\d`, `\\d{n}`), or undefined for anything richer. */
function fromPattern(pattern: string): string | undefined {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '')
  const out = body.replace(/\\d\{(\d+)\}/g, (_, n: string) => '1'.repeat(Number(n))).replace(/\\d/g, '1')
  return /^[\w-]*$/.test(out) ? out : undefined
}

function sample(name: string, given: Schema | undefined, variant: number, depth = 0): unknown {
  const schema = deref(given)
  if (!schema || depth > 4) return undefined
  // Enum values vary with `variant`, so different orders reach different combinations.
  if (Array.isArray(schema.enum)) return schema.enum[variant % schema.enum.length]
  if (schema.const !== undefined) return schema.const
  const branch = [schema.oneOf, schema.anyOf, schema.allOf].find(Array.isArray) as Schema[] | undefined
  if (branch?.[0]) return sample(name, branch[0], variant, depth + 1)
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  if (type === 'integer' || type === 'number') return number(name, schema)
  if (type === 'boolean') return true
  if (type === 'string') {
    if (schema.format === 'date-time') return undefined
    return typeof schema.pattern === 'string' ? fromPattern(schema.pattern) : `${name.slice(0, 12)}-1`
  }
  if (type === 'array') {
    const item = sample(name, schema.items as Schema | undefined, variant, depth + 1)
    return item === undefined ? undefined : [item]
  }
  if (type === 'object' || schema.properties) return objectSample(schema, new Set(), variant, depth + 1)
  return undefined
}

function objectSample(
  schema: Schema,
  skip: ReadonlySet<string>,
  variant: number,
  depth: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, sub] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) {
    if (skip.has(key)) continue
    const value = sample(key, sub, variant, depth)
    if (value !== undefined) out[key] = value
  }
  return out
}

/**
 * Sample values for every CreateOrderItem property the tests do not set themselves.
 * @example extraItemFields() // {} today; { sellerProductCode: 'sellerProduc-1', … } once accepted
 */
export function extraItemFields(variant = 0): Record<string, unknown> {
  const item = deref(schemas.CreateOrderItem)
  return item ? objectSample(item, BASIC_ITEM, variant, 0) : {}
}

/** Sample values for every CreateOrderRequest property besides items, means, payment and address. */
export function extraOrderFields(variant = 0): Record<string, unknown> {
  const order = deref(schemas.CreateOrderRequest)
  return order ? objectSample(order, BASIC_ORDER, variant, 0) : {}
}

type Send = (body: Record<string, unknown>) => Promise<{ status: number; json: Loose }>

/** The extra fields a refusal names: `items[1].deliveryDiscountAmount` → [1, 'deliveryDiscountAmount']. */
function named(json: Loose, body: Record<string, Loose>): [number | undefined, string][] {
  const text = JSON.stringify(json ?? {})
  const out: [number | undefined, string][] = []
  for (const key of Object.keys(body))
    if (!BASIC_ORDER.has(key) && text.includes(key)) out.push([undefined, key])
  body.items.forEach((item: Record<string, unknown>, i: number) => {
    for (const key of Object.keys(item))
      if (!BASIC_ITEM.has(key) && text.includes(`items[${i}].${key}`)) out.push([i, key])
  })
  return out
}

/**
 * Places an order with every extra field the control plane documents, leaving out the ones it refuses
 * (sample values cannot know rules such as "a card promotion only on card payments"): first those the
 * refusal names, else one field at a time. Answers the accepted response and what was left out.
 * @example const { res, dropped } = await placeRichOrder((b) => control('POST', '/__sandbox/orders', b), base, 0)
 */
export async function placeRichOrder(
  send: Send,
  base: { items: Record<string, unknown>[] } & Record<string, unknown>,
  variant: number,
) {
  const body: Record<string, Loose> = {
    ...base,
    ...extraOrderFields(variant),
    items: base.items.map((item, j) => ({ ...item, ...extraItemFields(variant + j) })),
  }
  const dropped = new Set<string>()
  for (;;) {
    const res = await send(body)
    if (res.status === 201) return { res, dropped: [...dropped] }
    let drop = named(res.json, body)
    if (drop.length === 0) {
      const key = Object.keys(body).find((k) => !BASIC_ORDER.has(k))
      const itemKey = Object.keys(body.items[0] ?? {}).find((k) => !BASIC_ITEM.has(k))
      if (key) drop = [[undefined, key]]
      else if (itemKey) drop = body.items.map((_: unknown, i: number) => [i, itemKey] as [number, string])
      else return { res, dropped: [...dropped] }
    }
    for (const [i, key] of drop) {
      if (i === undefined) delete body[key]
      else delete body.items[i][key]
      dropped.add(i === undefined ? key : `items[].${key}`)
    }
  }
}
