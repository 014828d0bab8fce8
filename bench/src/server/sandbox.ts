/**
 * A sandbox of the installed package (`npay-sandbox/dist` from the tarball, imported as users import it)
 * seeded through real transitions, served like `npay-sandbox start` serves it.
 */
import { pathToFileURL } from 'node:url'
import type { createSandbox as CreateSandbox } from '@npay-sandbox/mock-server'
import { formatKst } from '@npay-sandbox/protocol'
import { INSTALLED_INDEX } from '../package-paths.ts'
import { seedTenant } from '../seed.ts'
import type { RunningServer } from './baseline.ts'
import type { MemoryReading, ServerPlan } from './protocol.ts'

/** Fixed virtual start, so every run seeds the same history. */
const START = Date.UTC(2024, 5, 1, 0, 0, 0)
const DISPATCH_ITEMS = 30

/** Resident memory after a full collection (the runner starts children with --expose-gc). */
function memory(): MemoryReading {
  globalThis.gc?.()
  const usage = process.memoryUsage()
  return { rss: usage.rss, heapUsed: usage.heapUsed }
}

export async function startSandbox(plan: ServerPlan): Promise<RunningServer> {
  // Same API as the workspace's createSandbox, which only lends its type.
  const { createSandbox } = (await import(pathToFileURL(INSTALLED_INDEX).href)) as {
    createSandbox: typeof CreateSandbox
  }
  // Automatic purchase decisions stay off: the seed decides explicitly, so event counts are exact.
  const sandbox = createSandbox({ seed: 1, clock: 'frozen', startTime: START, autoPurchaseDecisionDays: 0 })
  const { engine } = sandbox
  const tenant = engine.tenant()
  const before = memory()
  const seed = seedTenant(engine, tenant, {
    productOrders: plan.productOrders,
    itemsPerOrder: plan.itemsPerOrder,
    depth: plan.depth,
  })
  const after = memory()
  const dispatchable: string[][] = []
  const items = Array.from({ length: DISPATCH_ITEMS }, () => ({}))
  for (let i = 0; i < plan.dispatchOrders; i++)
    dispatchable.push(tenant.createOrder({ items }).productOrderIds)
  const ids = [...tenant.productOrderRecords()].map((r) => r.productOrderId)
  const middle = Math.floor(seed.productOrders / 2)
  const { port } = await sandbox.listen({ port: 0, host: '127.0.0.1' })
  return {
    ready: {
      type: 'ready',
      port,
      clientId: engine.defaultMerchant.clientId,
      clientSecret: engine.defaultMerchant.clientSecret,
      seed,
      memory: { before, after },
      sampleIds: ids.slice(middle, middle + 10),
      midpointKst: formatKst(seed.midpoint),
      nowKst: formatKst(tenant.now()),
      dispatchable,
    },
    close: () => sandbox.close(),
  }
}
