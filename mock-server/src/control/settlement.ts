/**
 * `/__sandbox/settlement`: a merchant's settlement options (engine `SettlementOptions`): the trigger that
 * settles a product order, the expected-date cycle, commission rates, rounding, holidays, the payout
 * account and whether settle/case shows benefits.
 */
import { SandboxError, type SettlementOptions, type Tenant } from '@npay-sandbox/engine'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

const view = (tenant: Tenant) => ({ clientId: tenant.clientId, options: tenant.settlement.config })

/**
 * getSettlementOptions and putSettlementOptions.
 * @example mountControl(app, engine, { ...settlementOptionHandlers(), … })
 */
export function settlementOptionHandlers() {
  return {
    getSettlementOptions: { tenant: 'merchant', handle: ({ tenant }, c) => json(c, view(tenant), 200) },
    putSettlementOptions: {
      tenant: 'merchant',
      handle: ({ tenant, body }, c) => {
        const { clientId: _, ...options } = body
        try {
          // Rate keys and cross-field rules are checked by the engine, which names the bad field.
          tenant.settlement.configure(options as SettlementOptions, 'defaults')
        } catch (error) {
          if (error instanceof TypeError) throw new SandboxError(400, 'BAD_REQUEST', error.message)
          throw error
        }
        return json(c, view(tenant), 200)
      },
    },
  } satisfies ControlHandlers
}
