// A strict TypeScript consumer of every import path of the package.
import {
  API_PROFILE_HOSTS,
  appFetch,
  commerceApiDocument,
  createSandbox,
  type ProductOrderStatus,
  type SandboxOptions,
} from 'npay-sandbox'
import {
  type CommerceClient,
  createControlPlaneClient,
  createNpayClient,
  type NpayClient,
} from 'npay-sandbox/client'
import { createTarget, runContracts, SUITES } from 'npay-sandbox/contracts'
import { inProcessTarget, runScenarios, scenarioFiles } from 'npay-sandbox/scenarios'

const options: SandboxOptions = { seed: 7, clock: 'frozen' }
const sandbox = createSandbox(options)
const status: ProductOrderStatus = 'PAYED'
const npay: NpayClient = createNpayClient({
  clientId: 'id',
  clientSecret: 'secret',
  baseUrl: 'http://127.0.0.1:1/npay/partner',
})
const control = createControlPlaneClient({ baseUrl: 'http://127.0.0.1:1' })
const seller: CommerceClient = createNpayClient({ api: 'commerce', clientId: 'id', clientSecret: 'secret' })
// @ts-expect-error the Commerce API has no review operation
void seller.getReviews
const hope: typeof seller.changeHopeDelivery = seller.changeHopeDelivery
const commerceHost: string = API_PROFILE_HOSTS.commerce.sandboxBaseUrl
const sellerPaths: number = Object.keys(commerceApiDocument.paths).length

export async function check(): Promise<string> {
  const { baseUrl } = await sandbox.listen({ port: 0 })
  const order = await control.createOrder({ body: { paid: true } })
  const first: string | undefined = order.productOrderIds[0]
  const summary = await runScenarios(scenarioFiles(['qa']), inProcessTarget(appFetch))
  const target = await createTarget('inprocess', { api: 'commerce' })
  const report = await runContracts({ target })
  await sandbox.close()
  const about = [seller.baseUrl, typeof hope, commerceHost, sellerPaths]
  return [baseUrl, status, first, npay.baseUrl, summary.failed, report.summary, SUITES.length, ...about].join(
    ' ',
  )
}
