/** Every suite, in the order a run goes through them: cheap checks first, state changes last. */
import type { Suite } from '../suite.ts'
import { actions } from './actions.ts'
import { cancels } from './cancels.ts'
import { envelopes } from './envelopes.ts'
import { exchanges } from './exchanges.ts'
import { hopeDelivery } from './hope-delivery.ts'
import { lastChanged } from './last-changed.ts'
import { limits } from './limits.ts'
import { queries } from './queries.ts'
import { returns } from './returns.ts'
import { settlement } from './settlement.ts'
import { tokens } from './tokens.ts'

export {
  actions,
  cancels,
  envelopes,
  exchanges,
  hopeDelivery,
  lastChanged,
  limits,
  queries,
  returns,
  settlement,
  tokens,
}

/** All suites of both APIs; `suitesFor(SUITES, api)` keeps the cases of one. */
export const SUITES: readonly Suite[] = [
  tokens,
  envelopes,
  limits,
  settlement,
  queries,
  lastChanged,
  actions,
  hopeDelivery,
  cancels,
  returns,
  exchanges,
]
