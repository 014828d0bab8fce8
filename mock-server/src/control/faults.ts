/**
 * `/__sandbox/faults`: put, read and remove a merchant's fault rules (see putFaults in the control-plane
 * document and middleware/faults.ts).
 */
import type { Engine } from '@npay-sandbox/engine'
import { normaliseRules } from '../middleware/faults-rules.ts'
import { faultSetOf, putFaultSet } from '../middleware/faults-set.ts'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/**
 * putFaults, getFaults and deleteFaults.
 * @example mountControl(app, engine, { ...faultHandlers(engine), … })
 */
export function faultHandlers(engine: Engine) {
  return {
    putFaults: {
      tenant: 'merchant',
      handle: ({ tenant, body }, c) => {
        const set = putFaultSet(tenant, body.seed ?? engine.options.seed, normaliseRules(body.rules))
        return json(c, set.view(tenant.clientId), 200)
      },
    },
    getFaults: {
      tenant: 'merchant',
      handle: ({ tenant }, c) => json(c, faultSetOf(tenant).view(tenant.clientId), 200),
    },
    deleteFaults: {
      tenant: 'merchant',
      handle: ({ tenant }, c) => {
        const seed = faultSetOf(tenant).seed
        return json(c, putFaultSet(tenant, seed, []).view(tenant.clientId), 200)
      },
    },
  } satisfies ControlHandlers
}
