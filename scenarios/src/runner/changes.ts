/**
 * The lastChangedType rows of one product order, read through the real last-changed API in 24-hour
 * windows (its limit) with `moreSequence` paging, exactly as an integrator polls.
 */
import { formatKst, MAX_QUERY_WINDOW_MS } from '@npay-sandbox/protocol'
import type { ScenarioSession } from './session.ts'

/** Rows can land a little after the clock was read; look this far past it. */
const LOOK_AHEAD_MS = 60_000

/**
 * Every lastChangedType of `productOrderId` since `from`, oldest first.
 * @example await changesOf(session, id, start, now) // ['PAYED', 'DISPATCHED']
 */
export async function changesOf(
  session: ScenarioSession,
  productOrderId: string,
  from: number,
  now: number,
): Promise<string[]> {
  const out: string[] = []
  const end = now + LOOK_AHEAD_MS
  for (let windowFrom = from; windowFrom <= end; windowFrom += MAX_QUERY_WINDOW_MS + 1) {
    const lastChangedTo = formatKst(Math.min(windowFrom + MAX_QUERY_WINDOW_MS, end))
    let page: { lastChangedFrom: string; moreSequence?: string } = { lastChangedFrom: formatKst(windowFrom) }
    for (;;) {
      const result = await session.api.getLastChangedStatuses({ ...page, lastChangedTo })
      for (const row of result.data?.lastChangeStatuses ?? [])
        if (row.productOrderId === productOrderId && row.lastChangedType) out.push(row.lastChangedType)
      const more = result.data?.more
      if (!more?.moreFrom || !more.moreSequence) break
      page = { lastChangedFrom: more.moreFrom, moreSequence: more.moreSequence }
    }
  }
  return out
}
