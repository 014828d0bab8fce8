/** Writers of the real envelopes: order success `{timestamp, traceId, data}` and every error body. */

import { SandboxError } from '@npay-sandbox/engine'
import { DIAGNOSTIC_HEADER, formatKst, NpayError, renderErrorBody } from '@npay-sandbox/protocol'
import type { Context } from 'hono'
import type { AppEnv } from './env.ts'

const JSON_TYPE = 'application/json;charset=UTF-8'

/** The server processing time of a response: the tenant's virtual clock when there is one. */
export function serverTime(c: Context<AppEnv>): number {
  return c.get('tenant')?.now() ?? Date.now()
}

/** `{timestamp, traceId, data}`; `data` is left out when undefined (empty last-changed result). */
export function orderEnvelope(c: Context<AppEnv>, data: unknown): Response {
  const body: Record<string, unknown> = { timestamp: formatKst(serverTime(c)), traceId: c.get('traceId') }
  if (data !== undefined) body.data = data
  return json(c, body, 200)
}

/** The text of each JSON response `json` wrote, while the response lives. */
const sentBodies = new WeakMap<Response, string>()
const sentValues = new WeakMap<Response, unknown>()

export function json(c: Context<AppEnv>, body: unknown, status: number): Response {
  const text = JSON.stringify(body)
  const res = c.newResponse(text, status as 200, { 'Content-Type': JSON_TYPE })
  sentBodies.set(res, text)
  sentValues.set(res, body)
  return res
}

/**
 * The value a response written by `json` was serialised from, or undefined for any other response:
 * middleware that reads fields of an answer (lint) takes them here instead of parsing the text again.
 * It is the handler's own data (plain JSON values), read only.
 * @example const more = (sentValue(c.res) as { data?: { more?: unknown } } | undefined)?.data?.more
 */
export function sentValue(res: Response): unknown {
  return sentValues.get(res)
}

/**
 * The body text of a response written by `json`, or undefined for any other response. Middleware that
 * records bodies reads it here: cloning a response tees its stream and, over @hono/node-server, turns
 * its lightweight response into a full one, which cost more than the handler (bench/README.md).
 * @example const text = sentBody(c.res) ?? (await c.res.clone().text())
 */
export function sentBody(res: Response): string | undefined {
  return sentBodies.get(res)
}

/** Header values must be Latin-1: anything else is percent-encoded. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (ch) => encodeURIComponent(ch))
}

export function errorResponse(c: Context<AppEnv>, error: NpayError, diagnostics: boolean): Response {
  c.set('errorCode', error.code)
  if (error.diagnostic) c.set('diagnostic', error.diagnostic)
  const body = renderErrorBody(error, { timestamp: formatKst(serverTime(c)), traceId: c.get('traceId') })
  const res = json(c, body, error.status)
  if (diagnostics && error.diagnostic) res.headers.set(DIAGNOSTIC_HEADER, headerSafe(error.diagnostic))
  return res
}

export function sandboxErrorResponse(c: Context<AppEnv>, error: SandboxError): Response {
  c.set('errorCode', error.code)
  return json(c, { code: error.code, message: error.message, ...error.details }, error.status)
}

/** Maps anything thrown below a route to a response; our own bugs answer the gateway's 500. */
export function handleError(c: Context<AppEnv>, error: unknown, diagnostics: boolean): Response {
  if (error instanceof NpayError) return errorResponse(c, error, diagnostics)
  if (error instanceof SandboxError) return sandboxErrorResponse(c, error)
  console.error('npay-sandbox: unexpected error', error)
  const internal = NpayError.gateway('GW.INTERNAL_SERVER_ERROR', `internal emulator error: ${String(error)}`)
  return errorResponse(c, internal, diagnostics)
}

/** Parses a JSON body; an unreadable one is a 400 `4000` naming `body`. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw NpayError.order('4000', {
      invalidInputs: [{ name: 'body', type: 'typeMismatch', message: '잘못된 값입니다.' }],
      diagnostic: 'the request body is not valid JSON',
    })
  }
}
