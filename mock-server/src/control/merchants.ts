/** `/__sandbox/merchants`: register merchant apps (tenants), read them back and change their claim settings. */
import { apiOf, type Engine, type Merchant } from '@npay-sandbox/engine'
import { API_PROFILE_HOSTS } from '@npay-sandbox/protocol'
import type { ControlPlaneSchemas } from '@npay-sandbox/schema'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

type Settings = ControlPlaneSchemas['MerchantSettings']

const identity = (m: Merchant) => ({
  api: apiOf(m),
  basePath: API_PROFILE_HOSTS[apiOf(m)].basePath,
})

const credentials = (m: Merchant) => ({
  ...identity(m),
  clientId: m.clientId,
  clientSecret: m.clientSecret,
  mallId: m.mallId,
  name: m.name,
})

/** A merchant as getMerchant answers: credentials and the settings its claims read. */
const withSettings = (m: Merchant) => ({
  ...credentials(m),
  isDefault: m.isDefault,
  takingAddress: m.takingAddress,
  ...(m.returnReceiveAddress ? { returnReceiveAddress: m.returnReceiveAddress } : {}),
  ...(m.returnDeliveryFee !== undefined ? { returnDeliveryFee: m.returnDeliveryFee } : {}),
})

/**
 * Changes the settings given: address fields given replace those of the current return address (a
 * merchant saved before the setting existed starts from its taking address), the others stay.
 */
function applySettings(merchant: Merchant, settings: Settings) {
  if (settings.returnReceiveAddress) {
    const current = merchant.returnReceiveAddress ?? merchant.takingAddress
    merchant.returnReceiveAddress = { ...current, ...settings.returnReceiveAddress }
  }
  if (settings.returnDeliveryFee !== undefined) merchant.returnDeliveryFee = settings.returnDeliveryFee
}

/**
 * createMerchant, listMerchants, getMerchant and updateMerchant.
 * @example mountControl(app, engine, { ...merchantHandlers(engine), … })
 */
export function merchantHandlers(engine: Engine) {
  return {
    createMerchant: {
      tenant: 'none',
      handle: ({ body }, c) => {
        const { returnReceiveAddress, returnDeliveryFee, ...input } = body
        const merchant = engine.createMerchant(input)
        applySettings(merchant, { returnReceiveAddress, returnDeliveryFee })
        return json(c, credentials(merchant), 201)
      },
    },
    listMerchants: {
      tenant: 'none',
      handle: (_input, c) => {
        const merchants = engine.merchants().map((m) => ({
          ...identity(m),
          clientId: m.clientId,
          mallId: m.mallId,
          name: m.name,
          isDefault: m.isDefault,
        }))
        return json(c, { merchants }, 200)
      },
    },
    getMerchant: {
      tenant: 'named',
      handle: ({ tenant }, c) => json(c, withSettings(tenant.merchant), 200),
    },
    updateMerchant: {
      tenant: 'named',
      handle: ({ tenant, body }, c) => {
        applySettings(tenant.merchant, body)
        // Settings are part of the saved state: persistence writes when the revision moves.
        tenant.touch()
        return json(c, withSettings(tenant.merchant), 200)
      },
    },
  } satisfies ControlHandlers
}
