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

/** The duration of `by`, or a 400 saying what a duration looks like. */
function durationOf(by: string | number): number {
  const ms = parseDuration(by)
  if (ms === undefined || ms > MAX_ADVANCE_MS) {
    throw new SandboxError(
      400,
      'BAD_REQUEST',
      'by must be a duration like "8d", "90m", "1h30m" or a number of milliseconds (at most 10 years)',
    )
  }
  return ms
}

/**
 * getClock, previewClock and advanceClock: a merchant's virtual time.
 * @example mountControl(app, engine, { ...clockHandlers(), … })
 */
export function clockHandlers() {
  return {
    getClock: { tenant: 'merchant', handle: ({ tenant }, c) => json(c, clockView(tenant), 200) },
    previewClock: {
      tenant: 'merchant',
      handle: ({ tenant, query }, c) => {
        const ms = durationOf(query.by)
        return json(
          c,
          {
            clientId: tenant.clientId,
            now: formatKst(tenant.now()),
            until: formatKst(tenant.now() + ms),
            due: tenant.upcoming(ms),
          },
          200,
        )
      },
    },
    advanceClock: {
      tenant: 'merchant',
      handle: ({ tenant, body }, c) => {
        const fired = tenant.advance(durationOf(body.by))
        return json(c, { ...clockView(tenant), fired }, 200)
      },
    },
  } satisfies ControlHandlers
}
