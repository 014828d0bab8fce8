/**
 * `/__sandbox/faults`: put, read and remove a merchant's fault rules (see putFaults in the control-plane
 * document and middleware/faults.ts).
 */
import type { Engine } from '@npay-sandbox/engine'
import { type FaultRuleInput, normaliseRules } from '../middleware/faults-rules.ts'
import { faultSetOf, putFaultSet } from '../middleware/faults-set.ts'
import { json } from '../respond.ts'
import { type Register, tenantOf } from './index.ts'

/**
 * Registers putFaults, getFaults and deleteFaults.
 * @example faultRoutes(register, engine)
 */
export function faultRoutes(register: Register, engine: Engine) {
  register('PUT', '/__sandbox/faults', 'putFaults', (c, req) => {
    const body = req.body as { clientId?: string; seed?: number; rules: FaultRuleInput[] }
    const tenant = tenantOf(engine, c, body.clientId)
    const set = putFaultSet(tenant, body.seed ?? engine.options.seed, normaliseRules(body.rules))
    return json(c, set.view(tenant.clientId), 200)
  })
  register('GET', '/__sandbox/faults', 'getFaults', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    return json(c, faultSetOf(tenant).view(tenant.clientId), 200)
  })
  register('DELETE', '/__sandbox/faults', 'deleteFaults', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    const seed = faultSetOf(tenant).seed
    return json(c, putFaultSet(tenant, seed, []).view(tenant.clientId), 200)
  })
}
