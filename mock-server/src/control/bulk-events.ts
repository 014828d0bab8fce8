/**
 * `POST /__sandbox/product-orders/events`: one outside event or merchant action for many product orders
 * (the dashboard's bulk actions). Each item is sent through the app as its own request, exactly as the
 * dashboard sends one, so it meets the same checks and lands in the journal as its own entry; one
 * refusal never stops the others.
 */
import type { FetchLike } from '@npay-sandbox/client'
import {
  defaultBody,
  type Engine,
  isMerchantAction,
  type MerchantAction,
  SandboxError,
  stateOf,
  type Tenant,
} from '@npay-sandbox/engine'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { SOURCE_HEADER } from '../middleware/observe.ts'
import type { ControlHandlers } from '../registry/index.ts'
import { operationOf } from '../registry/profiles.ts'
import { json } from '../respond.ts'
import { partialFailureOf } from './partial-failure.ts'
import type { AppFetch } from './scenario-runs.ts'

/** Where the items' requests are sent inside the process: a loopback name the host check accepts. */
const INNER_ORIGIN = 'http://127.0.0.1'

type Fields = Record<string, unknown>

interface ItemResult {
  productOrderId: string
  ok: boolean
  status: number
  code?: string
  message?: string
}

/** Sends one JSON request through the app, as the caller's source (dashboard or control plane). */
function sender(fetch: FetchLike, source: string | undefined) {
  return async (method: string, path: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (method !== 'GET') headers['content-type'] = 'application/json'
    if (source) headers[SOURCE_HEADER] = source
    if (token) headers.authorization = `Bearer ${token}`
    const init: RequestInit = { method, headers }
    if (body !== undefined) init.body = JSON.stringify(body)
    const res = await fetch(new Request(`${INNER_ORIGIN}${path}`, init))
    const text = await res.text()
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      parsed = text
    }
    return { status: res.status, body: parsed as Fields | undefined }
  }
}

type Send = ReturnType<typeof sender>

/** The refusal of an answer: its error body's code and message. */
function refusal(status: number, body: Fields | undefined): Pick<ItemResult, 'code' | 'message'> {
  const code = body?.code
  const message = body?.message
  return {
    code: typeof code === 'string' ? code : `HTTP_${status}`,
    ...(typeof message === 'string' ? { message } : {}),
  }
}

/** The real-API body of `action` for one product order: its declared default with `fields` over it. */
function actionBody(tenant: Tenant, action: MerchantAction, id: string, fields: Fields): unknown {
  const record = tenant.productOrder(id)
  const dueDate = Date.parse(record?.productOrder.shippingDueDate ?? '') || undefined
  const declared = defaultBody(action, [id], {
    now: tenant.now(),
    dueDate,
    tracking: () => tenant.newTrackingNumber(),
  }) as Fields | undefined
  if (declared === undefined) return Object.keys(fields).length ? fields : undefined
  const [list, entries] = Object.entries(declared)[0] ?? []
  if (Object.keys(declared).length === 1 && list && Array.isArray(entries)) {
    const entry = entries[0]
    return { [list]: [entry && typeof entry === 'object' ? { ...entry, ...fields } : entry] }
  }
  return { ...declared, ...fields }
}

async function sendAction(
  send: Send,
  tenant: Tenant,
  action: MerchantAction,
  id: string,
  fields: Fields,
  token: string,
): Promise<ItemResult> {
  // The merchant's own API: seller paths under /external for a Commerce app.
  const op = operationOf(tenant.merchant.api ?? 'npay', action)!
  const path = op.path.replace('{productOrderId}', encodeURIComponent(id))
  const res = await send(op.method, path, actionBody(tenant, action, id, fields), token)
  if (res.status !== 200)
    return { productOrderId: id, ok: false, status: res.status, ...refusal(res.status, res.body) }
  const failure = partialFailureOf(res.status, res.body)?.items.find((f) => f.productOrderId === id)
  if (!failure) return { productOrderId: id, ok: true, status: 200 }
  return { productOrderId: id, ok: false, status: 200, code: failure.code, message: failure.message }
}

async function sendEvent(send: Send, event: string, id: string, fields: Fields): Promise<ItemResult> {
  const res = await send(
    'POST',
    `/__sandbox/product-orders/${encodeURIComponent(id)}/events/${event}`,
    fields,
  )
  if (res.status === 200) return { productOrderId: id, ok: true, status: 200 }
  return { productOrderId: id, ok: false, status: res.status, ...refusal(res.status, res.body) }
}

/** The item's result with the state its product order is in afterwards. */
function withState(tenant: Tenant, result: ItemResult) {
  const record = tenant.productOrder(result.productOrderId)
  if (!record) return result
  const { productOrderStatus, claimType, claimStatus } = stateOf(record)
  return {
    ...result,
    productOrderStatus,
    ...(claimType ? { claimType } : {}),
    ...(claimStatus ? { claimStatus } : {}),
  }
}

async function issueToken(send: Send, tenant: Tenant): Promise<string> {
  const res = await send('POST', `/__sandbox/merchants/${encodeURIComponent(tenant.clientId)}/token`)
  const token = res.body?.access_token
  if (res.status !== 200 || typeof token !== 'string')
    throw new SandboxError(500, 'INTERNAL', `could not issue a token for ${tenant.clientId}`)
  return token
}

interface BulkBody {
  productOrderIds: string[]
  event?: string
  action?: string
  body?: Fields
}

async function runBulk(
  engine: Engine,
  appFetch: AppFetch,
  tenant: Tenant,
  body: BulkBody,
  c: Context<AppEnv>,
) {
  const { event, action, productOrderIds } = body
  if ((event === undefined) === (action === undefined))
    throw new SandboxError(400, 'BAD_REQUEST', 'give exactly one of `event` and `action`')
  if (action !== undefined && !isMerchantAction(action))
    throw new SandboxError(400, 'BAD_REQUEST', `${action} is not a merchant action`)
  const send = sender(appFetch(engine), c.req.header(SOURCE_HEADER))
  const fields = body.body ?? {}
  const token = action ? await issueToken(send, tenant) : ''
  const results = []
  for (const id of productOrderIds) {
    if (!tenant.productOrder(id)) {
      const message = `merchant ${tenant.clientId} has no product order ${id}`
      results.push({ productOrderId: id, ok: false, status: 404, code: 'NOT_FOUND', message })
      continue
    }
    const result = action
      ? await sendAction(send, tenant, action as MerchantAction, id, fields, token)
      : await sendEvent(send, event!, id, fields)
    results.push(withState(tenant, result))
  }
  const succeeded = results.filter((r) => r.ok).length
  return {
    clientId: tenant.clientId,
    total: results.length,
    succeeded,
    failed: results.length - succeeded,
    results,
  }
}

/**
 * applyBulkEvent; `appFetch` is the app the items are sent through.
 * @example mountControl(app, engine, { ...bulkEventHandlers(engine, appFetch), … })
 */
export function bulkEventHandlers(engine: Engine, appFetch: AppFetch) {
  return {
    applyBulkEvent: {
      tenant: 'merchant',
      handle: async ({ tenant, body }, c) => json(c, await runBulk(engine, appFetch, tenant, body, c), 200),
    },
  } satisfies ControlHandlers
}
