import type { Engine, Merchant } from '@npay-sandbox/engine'
import { SandboxError } from '@npay-sandbox/engine'
import { json } from '../respond.ts'
import type { Register } from './index.ts'

const credentials = (m: Merchant) => ({
  clientId: m.clientId,
  clientSecret: m.clientSecret,
  mallId: m.mallId,
  name: m.name,
})

export function merchantRoutes(register: Register, engine: Engine) {
  register('POST', '/__sandbox/merchants', 'createMerchant', (c, req) => {
    const merchant = engine.createMerchant((req.body ?? {}) as Parameters<Engine['createMerchant']>[0])
    return json(c, credentials(merchant), 201)
  })
  register('GET', '/__sandbox/merchants', 'listMerchants', (c) =>
    json(
      c,
      {
        merchants: engine
          .merchants()
          .map((m) => ({ clientId: m.clientId, mallId: m.mallId, name: m.name, isDefault: m.isDefault })),
      },
      200,
    ),
  )
  register('GET', '/__sandbox/merchants/:clientId', 'getMerchant', (c, req) => {
    const tenant = engine.findTenant(req.path.clientId!)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${req.path.clientId}`)
    return json(c, { ...credentials(tenant.merchant), isDefault: tenant.merchant.isDefault }, 200)
  })
}
