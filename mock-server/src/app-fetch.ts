/** The in-process app of an engine as a fetch function, for scenario targets and custom harnesses. */
import type { FetchLike } from '@npay-sandbox/client'
import type { Engine } from '@npay-sandbox/engine'
import { createApp } from './app.ts'

/**
 * A fresh app over `engine`, reached through `app.request`.
 * @example const target = inProcessTarget(appFetch) // npay-sandbox/scenarios
 */
export const appFetch = (engine: Engine): FetchLike => {
  const app = createApp(engine)
  return (request) => app.request(request)
}
