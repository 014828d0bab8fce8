/** `GET /__sandbox/lint`: a merchant's client-behaviour findings (see getLint and middleware/lint.ts). */
import { lintLogOf } from '../lint/findings.ts'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/**
 * getLint.
 * @example mountControl(app, engine, { ...lintHandlers(), … })
 */
export function lintHandlers() {
  return {
    getLint: {
      tenant: 'merchant',
      handle: ({ tenant, query }, c) => {
        const log = lintLogOf(tenant)
        const findings = log.list(query.limit ?? 100)
        return json(c, { clientId: tenant.clientId, findings, summary: log.summary() }, 200)
      },
    },
  } satisfies ControlHandlers
}
