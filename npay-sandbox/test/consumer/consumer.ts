// A strict TypeScript consumer of every import path of the package.
import { appFetch, createSandbox, type ProductOrderStatus, type SandboxOptions } from 'npay-sandbox'
import { createControlPlaneClient, createNpayClient, type NpayClient } from 'npay-sandbox/client'
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

export async function check(): Promise<string> {
  const { baseUrl } = await sandbox.listen({ port: 0 })
  const order = await control.createOrder({ body: { paid: true } })
  const first: string | undefined = order.productOrderIds[0]
  const summary = await runScenarios(scenarioFiles(['qa']), inProcessTarget(appFetch))
  const target = await createTarget('inprocess')
  const report = await runContracts({ target })
  await sandbox.close()
  return [baseUrl, status, first, npay.baseUrl, summary.failed, report.summary, SUITES.length].join(' ')
}
