import { parseDuration, SandboxError, type Tenant } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

const clockView = (t: Tenant) => ({
  clientId: t.clientId,
  now: formatKst(t.now()),
  epochMillis: t.now(),
  offsetMillis: t.clock.offset(),
})

/** At most ten years at once, so a typo cannot run the engine for hours. */
const MAX_ADVANCE_MS = 3_650 * 86_400_000

/**
 * getClock and advanceClock: a merchant's virtual time.
 * @example mountControl(app, engine, { ...clockHandlers(), … })
 */
export function clockHandlers() {
  return {
    getClock: { tenant: 'merchant', handle: ({ tenant }, c) => json(c, clockView(tenant), 200) },
    advanceClock: {
      tenant: 'merchant',
      handle: ({ tenant, body }, c) => {
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
      },
    },
  } satisfies ControlHandlers
}
