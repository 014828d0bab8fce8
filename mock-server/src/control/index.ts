/**
 * The control plane under `/__sandbox` (documented in packages/schema/openapi/control-plane.yaml):
 * play the buyer, the carrier and the clock; create merchants and orders; read the journal. Handlers
 * by operationId; the registry mounts them at the document's paths (registry/mount-control.ts).
 */
import type { Engine } from '@npay-sandbox/engine'
import manifest from '../../package.json' with { type: 'json' }
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'
import { bulkEventHandlers } from './bulk-events.ts'
import { clockHandlers } from './clock.ts'
import { faultHandlers } from './faults.ts'
import { lintHandlers } from './lint.ts'
import { merchantHandlers } from './merchants.ts'
import { orderHandlers } from './orders.ts'
import { requestHandlers } from './requests.ts'
import { reviewHandlers } from './reviews.ts'
import { type AppFetch, scenarioRunHandlers } from './scenario-runs.ts'
import { scenarioHandlers } from './scenarios.ts'
import { settlementOptionHandlers } from './settlement.ts'
import { snapshotHandlers } from './snapshots.ts'
import { stateHandlers } from './state.ts'
import { stateNodeHandlers } from './state-nodes.ts'
import { uiSupportHandlers } from './ui-support.ts'

/** Health and reset: the admin operations beside the state document. */
function adminHandlers(engine: Engine) {
  const started = Date.now()
  return {
    health: {
      tenant: 'none',
      handle: (_input, c) =>
        json(
          c,
          {
            status: 'ok',
            version: manifest.version,
            uptimeSeconds: Math.round((Date.now() - started) / 1000),
            merchants: engine.merchants().length,
          },
          200,
        ),
    },
    reset: {
      tenant: 'merchant-or-all',
      handle: ({ tenant }, c) => {
        engine.reset(tenant?.clientId)
        return json(c, { reset: true }, 200)
      },
    },
  } satisfies ControlHandlers
}

/**
 * Every control-plane handler by operationId; `appFetch` builds the app that scenario runs use.
 * @example mountControl(app, engine, controlHandlers(engine, appFetch))
 */
export function controlHandlers(engine: Engine, appFetch: AppFetch): ControlHandlers {
  return {
    ...merchantHandlers(engine),
    ...orderHandlers(engine),
    ...bulkEventHandlers(engine, appFetch),
    ...clockHandlers(),
    ...snapshotHandlers(engine),
    ...settlementOptionHandlers(),
    ...requestHandlers(),
    ...reviewHandlers(),
    ...faultHandlers(engine),
    ...lintHandlers(),
    ...scenarioHandlers(engine),
    ...scenarioRunHandlers(appFetch),
    ...stateHandlers(engine),
    ...stateNodeHandlers(engine),
    ...uiSupportHandlers(engine),
    ...adminHandlers(engine),
  }
}
