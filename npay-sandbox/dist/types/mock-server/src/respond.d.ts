/** Writers of the real envelopes: order success `{timestamp, traceId, data}` and every error body. */

import type { Context } from 'hono'
import { SandboxError } from '../../packages/engine/src/index.js'
import { NpayError } from '../../packages/protocol/src/index.js'
import type { AppEnv } from './env.js'
/** The server processing time of a response: the tenant's virtual clock when there is one. */
export declare function serverTime(c: Context<AppEnv>): number
/** `{timestamp, traceId, data}`; `data` is left out when undefined (empty last-changed result). */
export declare function orderEnvelope(c: Context<AppEnv>, data: unknown): Response
export declare function json(c: Context<AppEnv>, body: unknown, status: number): Response
/**
 * The body text of a response written by `json`, or undefined for any other response. Middleware that
 * records bodies reads it here: cloning a response tees its stream and, over @hono/node-server, turns
 * its lightweight response into a full one, which cost more than the handler (bench/README.md).
 * @example const text = sentBody(c.res) ?? (await c.res.clone().text())
 */
export declare function sentBody(res: Response): string | undefined
export declare function errorResponse(c: Context<AppEnv>, error: NpayError, diagnostics: boolean): Response
export declare function sandboxErrorResponse(c: Context<AppEnv>, error: SandboxError): Response
/** Maps anything thrown below a route to a response; our own bugs answer the gateway's 500. */
export declare function handleError(c: Context<AppEnv>, error: unknown, diagnostics: boolean): Response
/** Parses a JSON body; an unreadable one is a 400 `4000` naming `body`. */
export declare function readJson(c: Context<AppEnv>): Promise<unknown>
