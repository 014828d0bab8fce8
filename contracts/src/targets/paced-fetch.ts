/**
 * A fetch that keeps to the real gateway's rate limit (about 2 requests per second per API and app,
 * facts §6): requests leave one at a time at least `intervalMs` apart, and a 429 `GW.RATE_LIMIT` is
 * retried after a pause. Rate limiting is the transport's business, so retries are invisible to the
 * recorder, which wraps this fetch from outside.
 */
import type { FetchLike } from '../exchange/record-exchange.ts'

const RATE_LIMIT_RETRIES = 2
const RATE_LIMIT_PAUSE_MS = 1_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Wraps a fetch so requests are spaced `intervalMs` apart and rate-limited ones are retried.
 * @example const fetch = pacedFetch((r) => globalThis.fetch(r), 500)
 */
export function pacedFetch(inner: FetchLike, intervalMs: number): FetchLike {
  let queue: Promise<unknown> = Promise.resolve()
  let last = 0
  const slot = async () => {
    const wait = last + intervalMs - Date.now()
    if (wait > 0) await sleep(wait)
    last = Date.now()
  }
  return (request) => {
    const run = queue.then(async () => {
      for (let attempt = 0; ; attempt++) {
        await slot()
        const response = await inner(request.clone())
        if (attempt >= RATE_LIMIT_RETRIES || !(await isRateLimited(response))) return response
        await sleep(RATE_LIMIT_PAUSE_MS)
      }
    })
    queue = run.catch(() => undefined)
    return run
  }
}

async function isRateLimited(response: Response): Promise<boolean> {
  if (response.status !== 429) return false
  return (await response.clone().text()).includes('GW.RATE_LIMIT')
}
