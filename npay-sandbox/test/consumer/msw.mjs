// In-process, as the README shows: MSW answers for the real sandbox host with the emulator; the typed
// client signs a bcrypt token request and polls last-changed-statuses.

import { setupServer } from 'msw/node'
import { createSandbox } from 'npay-sandbox'
import { createNpayClient } from 'npay-sandbox/client'

const sandbox = createSandbox({ seed: 1 })
const server = setupServer(...sandbox.handlers)
server.listen({ onUnhandledRequest: 'error' })
const { clientId, clientSecret } = sandbox.engine.defaultMerchant
const { productOrderIds } = sandbox.engine.tenant().createOrder()
const npay = createNpayClient({ clientId, clientSecret })
const from = new Date(Date.now() - 3_600_000 + 9 * 3_600_000).toISOString().replace('Z', '+09:00')
const changes = await npay.getLastChangedStatuses({ lastChangedFrom: from })
console.log(JSON.stringify({ baseUrl: npay.baseUrl, productOrderIds, changes }))
server.close()
