/** `/__sandbox/merchants`: register merchant apps (tenants) and read them back. */
import type { Engine, Merchant } from '@npay-sandbox/engine'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

const credentials = (m: Merchant) => ({
  clientId: m.clientId,
  clientSecret: m.clientSecret,
  mallId: m.mallId,
  name: m.name,
})

/**
 * createMerchant, listMerchants and getMerchant.
 * @example mountControl(app, engine, { ...merchantHandlers(engine), … })
 */
export function merchantHandlers(engine: Engine) {
  return {
    createMerchant: {
      tenant: 'none',
      handle: ({ body }, c) => json(c, credentials(engine.createMerchant(body)), 201),
    },
    listMerchants: {
      tenant: 'none',
      handle: (_input, c) => {
        const merchants = engine
          .merchants()
          .map((m) => ({ clientId: m.clientId, mallId: m.mallId, name: m.name, isDefault: m.isDefault }))
        return json(c, { merchants }, 200)
      },
    },
    getMerchant: {
      tenant: 'named',
      handle: ({ tenant }, c) =>
        json(c, { ...credentials(tenant.merchant), isDefault: tenant.merchant.isDefault }, 200),
    },
  } satisfies ControlHandlers
}
