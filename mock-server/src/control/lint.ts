/** `GET /__sandbox/lint`: a merchant's client-behaviour findings (see getLint and middleware/lint.ts). */
import type { Engine } from '@npay-sandbox/engine'
import { lintLogOf } from '../lint/findings.ts'
import { json } from '../respond.ts'
import { type Register, tenantOf } from './index.ts'

/**
 * Registers getLint.
 * @example lintRoutes(register, engine)
 */
export function lintRoutes(register: Register, engine: Engine) {
  register('GET', '/__sandbox/lint', 'getLint', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    const log = lintLogOf(tenant)
    const limit = typeof req.query.limit === 'number' ? req.query.limit : 100
    return json(c, { clientId: tenant.clientId, findings: log.list(limit), summary: log.summary() }, 200)
  })
}
