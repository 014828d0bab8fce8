/**
 * The admin token (`--admin-token`, `NPAY_SANDBOX_ADMIN_TOKEN`): with one set, every control-plane
 * operation but `health` asks for `Authorization: Bearer <token>`. Merchant secrets, the state export and
 * every change are then an admin's only. Without one, nothing is asked (a laptop on loopback).
 */
import { SandboxError } from '@npay-sandbox/engine'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { sandboxErrorResponse } from '../respond.ts'

/** Compares in time that depends on the lengths only, so the answer time does not leak a prefix. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return diff === 0
}

/**
 * The bearer token of an Authorization header, or undefined.
 * @example bearerToken('Bearer abc') // 'abc'
 */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')
  return match?.[1]
}

/**
 * The middleware; passes everything when `token` is undefined.
 * @example app.post('/__sandbox/reset', adminAuth('s3cret'), handler)
 */
export function adminAuth(token: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (token === undefined) return next()
    const header = c.req.header('authorization')
    const sent = bearerToken(header)
    if (sent !== undefined && sameText(sent, token)) return next()
    const message =
      header === undefined
        ? 'this sandbox requires its admin token: send Authorization: Bearer <token> (the --admin-token or NPAY_SANDBOX_ADMIN_TOKEN the server was started with)'
        : 'the admin token does not match: send Authorization: Bearer <token> with the token the server was started with'
    const res = sandboxErrorResponse(c, new SandboxError(401, 'UNAUTHORIZED', message))
    res.headers.set('WWW-Authenticate', 'Bearer realm="npay-sandbox control plane"')
    return res
  }
}
