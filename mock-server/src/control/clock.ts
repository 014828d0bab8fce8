import { type Engine, parseDuration, SandboxError, type Tenant } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import { json } from '../respond.ts'
import { type Register, tenantOf } from './index.ts'

const clockView = (t: Tenant) => ({
  clientId: t.clientId,
  now: formatKst(t.now()),
  epochMillis: t.now(),
  offsetMillis: t.clock.offset(),
})

/** At most ten years at once, so a typo cannot run the engine for hours. */
const MAX_ADVANCE_MS = 3_650 * 86_400_000

export function clockRoutes(register: Register, engine: Engine) {
  register('GET', '/__sandbox/clock', 'getClock', (c, req) =>
    json(c, clockView(tenantOf(engine, c, req.query.clientId)), 200),
  )
  register('POST', '/__sandbox/clock/advance', 'advanceClock', (c, req) => {
    const body = req.body as { clientId?: string; by: string | number }
    const tenant = tenantOf(engine, c, body.clientId)
    const ms = parseDuration(body.by)
    if (ms === undefined || ms > MAX_ADVANCE_MS) {
      throw new SandboxError(
        400,
        'BAD_REQUEST',
        'by must be a duration like "8d", "90m", "1h30m" or a number of milliseconds (at most 10 years)',
      )
    }
    const fired = tenant.advance(ms)
    return json(c, { ...clockView(tenant), fired }, 200)
  })
}
