/** Every suite, in the order a run goes through them: cheap checks first, state changes last. */
import type { Suite } from '../suite.js'
import { actions } from './actions.js'
import { cancels } from './cancels.js'
import { envelopes } from './envelopes.js'
import { exchanges } from './exchanges.js'
import { lastChanged } from './last-changed.js'
import { limits } from './limits.js'
import { queries } from './queries.js'
import { returns } from './returns.js'
import { settlement } from './settlement.js'
import { tokens } from './tokens.js'

export { actions, cancels, envelopes, exchanges, lastChanged, limits, queries, returns, settlement, tokens }
/** All suites. */
export declare const SUITES: readonly Suite[]
