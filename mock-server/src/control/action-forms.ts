/**
 * Describes the inputs of every merchant action and control-plane event as flat form fields, read from
 * the OpenAPI documents, so the dashboard's forms never restate a schema by hand; a merchant action's
 * fields carry the values of its declared default body (engine ACTIONS) for the page to fill in.
 */
import {
  ACTIONS,
  type BodyValue,
  MERCHANT_ACTIONS,
  SANDBOX_EVENT_ACTORS,
  SANDBOX_EVENTS,
  SELLER_ACTIONS,
  TRANSITIONS,
} from '@npay-sandbox/engine'
import {
  commerceApiDocument,
  commerceApiOperationIndex,
  controlPlaneDocument,
  npayApiDocument,
  operationIndex,
} from '@npay-sandbox/schema'
import {
  CLAIM_KIND_OF_TYPE,
  type ClaimKind,
  HOLDBACK_TYPES,
  narrowed,
  REASON_SOURCE,
} from './claim-code-lists.ts'

type Json = Record<string, unknown>
type AnyMerchantAction = (typeof MERCHANT_ACTIONS)[number] | (typeof SELLER_ACTIONS)[number]

export interface FormField {
  name: string
  type: 'string' | 'integer' | 'number'
  required: boolean
  format?: string
  /** Allowed values, and their Korean descriptions (same order) where the document has them. */
  enum?: string[]
  labels?: string[]
  description?: string
  /** The declared default body's value: a constant, or a placeholder (`$now`, `$afterDue`, `$tracking`). */
  default?: BodyValue
}

export interface MerchantActionForm {
  operationId: string
  method: string
  /** Path under the API base path, with `{productOrderId}` where the action takes one. */
  path: string
  summary: string
  /** Bulk operations wrap the product order in this array property (`productOrderIds`, `dispatchProductOrders`). */
  listProperty?: string
  /** Whether the operation has a request body at all. */
  hasBody: boolean
  fields: FormField[]
  /** The one API that has this operation, when the other does not (`commerce`: 배송 희망일 변경). */
  api?: 'commerce'
}

export interface SandboxEventForm {
  event: string
  actor: string
  fields: FormField[]
}

function deref(document: Json, node: unknown): Json {
  let current = (node ?? {}) as Json
  while (typeof current.$ref === 'string') {
    const pointer = current.$ref.replace(/^#\//, '').split('/')
    current = pointer.reduce<Json>((acc, key) => (acc[key] ?? {}) as Json, document)
  }
  return current
}

/** Flat fields of an object schema; nested objects and arrays are left to the server's defaults. */
function fieldsOf(document: Json, schema: Json, skip: readonly string[] = []): FormField[] {
  const required = new Set((schema.required as string[] | undefined) ?? [])
  const schemas = (document.components as Json).schemas as Record<string, Json>
  const out: FormField[] = []
  for (const [name, raw] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    if (skip.includes(name)) continue
    const prop = deref(document, raw)
    // A code typed as a plain string so unknown values reach the business check still offers the list.
    const named = typeof prop['x-npay-enum'] === 'string' ? schemas[prop['x-npay-enum']] : undefined
    const values = (prop.enum ?? named?.enum) as string[] | undefined
    const labels = (prop['x-enum-descriptions'] ?? named?.['x-enum-descriptions']) as string[] | undefined
    const type = prop.type
    if (type !== 'string' && type !== 'integer' && type !== 'number') continue
    out.push({
      name,
      type,
      required: required.has(name),
      ...(typeof prop.format === 'string' ? { format: prop.format } : {}),
      ...(values ? { enum: [...values] } : {}),
      ...(values && labels ? { labels: [...labels] } : {}),
      ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
    })
  }
  return out
}

/**
 * The form of each merchant action, from the real API's document.
 * @example merchantActionForms().find((a) => a.operationId === 'holdbackReturn')?.fields.map((f) => f.name)
 */
export function merchantActionForms(): MerchantActionForm[] {
  const mall = npayApiDocument as unknown as Json
  const commerce = commerceApiDocument as unknown as Json
  return [
    ...MERCHANT_ACTIONS.map((operationId) => actionForm(mall, operationIndex, operationId)),
    // Actions of the Commerce API alone, at its seller paths; `api` says so (no bulk form: one order each).
    ...SELLER_ACTIONS.map((operationId) => ({
      ...actionForm(commerce, commerceApiOperationIndex, operationId),
      api: 'commerce' as const,
    })),
  ]
}

function actionForm(
  document: Json,
  index: readonly { operationId: string; method: string; path: string }[],
  operationId: AnyMerchantAction,
): MerchantActionForm {
  const paths = document.paths as Record<string, Record<string, Json>>
  const op = index.find((o) => o.operationId === operationId)
  if (!op) throw new Error(`${operationId} is missing from the API document`)
  const operation = paths[op.path]?.[op.method.toLowerCase()] ?? {}
  const requestBody = deref(document, operation.requestBody)
  const content = requestBody.content as Record<string, Json> | undefined
  const body = deref(document, content?.['application/json']?.schema)
  const props = Object.entries((body.properties ?? {}) as Record<string, Json>)
  const base = {
    operationId,
    method: op.method,
    path: op.path,
    summary: typeof operation.summary === 'string' ? operation.summary : operationId,
    hasBody: content !== undefined,
  }
  const only = props.length === 1 ? props[0] : undefined
  if (only && deref(document, only[1]).type === 'array') {
    const items = deref(document, deref(document, only[1]).items)
    const fields = items.type === 'object' ? fieldsOf(document, items, ['productOrderId']) : []
    return { ...base, listProperty: only[0], fields: withDefaults(operationId, fields) }
  }
  return {
    ...base,
    fields: withDefaults(operationId, fittedHoldback(operationId, fieldsOf(document, body))),
  }
}

/** A holdback offers the holdback types of its own claim only (claim-code-lists.ts). */
function fittedHoldback(operationId: string, fields: FormField[]): FormField[] {
  const keep = HOLDBACK_TYPES[operationId as keyof typeof HOLDBACK_TYPES]
  if (!keep) return fields
  return fields.map((f) => (f.name === 'holdbackClassType' ? narrowed(f, keep) : f))
}

/** The reasons the real API's document lists for a kind of claim (claim-code-lists.ts). */
function reasonsOf(kind: ClaimKind): string[] {
  const { operationId, property } = REASON_SOURCE[kind]
  const form = merchantActionForms().find((a) => a.operationId === operationId)
  const field = form?.fields.find((f) => f.name === property)
  if (!field?.enum) throw new Error(`${operationId}.${property} lists no reasons in the API document`)
  return field.enum
}

/** The fields with the values of the action's declared default body (a list entry's, for bulk actions). */
function withDefaults(action: AnyMerchantAction, fields: FormField[]): FormField[] {
  const body = ACTIONS[action].body
  if (!body || typeof body !== 'object' || Array.isArray(body)) return fields
  const values = body as Record<string, BodyValue>
  return fields.map((f) => (values[f.name] === undefined ? f : { ...f, default: values[f.name] }))
}

/**
 * The form of each control-plane event: claim-opening events take a reason and a quantity.
 * @example sandboxEventForms().find((e) => e.event === 'buyer-return')?.fields[0]?.name // 'reason'
 */
export function sandboxEventForms(): SandboxEventForm[] {
  const document = controlPlaneDocument as unknown as Json
  const schemas = (document.components as Json).schemas as Record<string, Json>
  const claimFields = fieldsOf(document, schemas.ApplyEventRequest ?? {})
  return SANDBOX_EVENTS.map((event) => {
    const opening = TRANSITIONS.find((row) => row.event === event && row.effects.includes('openClaim'))
    const kind = CLAIM_KIND_OF_TYPE[String(opening?.to.claimType)]
    // A claim's reason list holds the reasons of that claim only (a cancel's for a cancel, …).
    const fields = kind
      ? claimFields.map((f) => (f.name === 'reason' ? narrowed(f, reasonsOf(kind)) : f))
      : []
    return { event, actor: SANDBOX_EVENT_ACTORS[event], fields: opening ? fields : [] }
  })
}
