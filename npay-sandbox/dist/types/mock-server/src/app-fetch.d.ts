/** The in-process app of an engine as a fetch function, for scenario targets and custom harnesses. */
import type { FetchLike } from '../../packages/client/src/index.js'
import type { Engine } from '../../packages/engine/src/index.js'
/**
 * A fresh app over `engine`, reached through `app.request`.
 * @example const target = inProcessTarget(appFetch) // npay-sandbox/scenarios
 */
export declare const appFetch: (engine: Engine) => FetchLike
