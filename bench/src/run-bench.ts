/**
 * The whole benchmark in one run: every server in a child process on 127.0.0.1, the load generator
 * here, the in-process measurements after the load, the cold start last. Writes results.json,
 * results.md and the table between the markers of the output folder's README.md. Ratios are only compared
 * within one run, so a slower or busier machine moves both sides of each ratio.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type ServerChild, startServer } from './child.ts'
import { coldStart } from './cold-start.ts'
import { embedResults } from './embed-results.ts'
import { freshTenantCost, transportLatency } from './in-process.ts'
import { type LoadRequest, type LoadResult, type LoadSettings, measureLoad } from './load.ts'
import { describeMachine } from './machine.ts'
import { checkTargets, markdown } from './report.ts'
import {
  checkShape,
  dispatchRequest,
  issueToken,
  lastChangedRequest,
  queryRequest,
  tokenRequest,
} from './requests.ts'
import type { Results, SeededServer } from './results.ts'
import type { ServerPlan } from './server/protocol.ts'

export interface BenchOptions {
  /** Product orders of the large sandbox (10 change events each). */
  productOrders: number
  /** Product orders of the small sandbox, for last-changed at a tenth of a percent of the history. */
  smallProductOrders: number
  /** Orders of 30 items prepared for the dispatch measurement. */
  dispatchOrders: number
  load: LoadSettings
  /** Where results.json and results.md go. */
  outDir: string
  /** Write CPU profiles of the server children here. */
  profileDir?: string
  log: (line: string) => void
}

const SANDBOX: Omit<ServerPlan, 'productOrders' | 'depth'> = {
  kind: 'sandbox',
  itemsPerOrder: 2,
  dispatchOrders: 0,
}

export async function runBench(options: BenchOptions): Promise<Results> {
  const { load, log } = options
  const machine = describeMachine()
  const child = (plan: ServerPlan, name: string) =>
    startServer(plan, { name, ...(options.profileDir ? { profileDir: options.profileDir } : {}) })
  const measure = async (name: string, server: ServerChild, request: LoadRequest): Promise<LoadResult> => {
    const result = await measureLoad(load, request, server.cpuMicros)
    log(
      `  ${name.padEnd(34)} ${Math.round(result.rps).toString().padStart(7)} req/s  mean ${result.latencyMs.mean.toFixed(2)} ms  server ${Math.round(result.serverCpuMicros)} µs CPU/req`,
    )
    if (result.non2xx + result.errors > 0) log(`  ! ${result.non2xx} non-2xx and ${result.errors} errors`)
    if (result.exhausted) log('  ! the prepared orders ran out: raise --dispatch-orders')
    return result
  }
  const seeded = (ready: { seed?: SeededServer['seed']; memory?: SeededServer['memory'] }): SeededServer => ({
    seed: ready.seed!,
    memory: ready.memory!,
  })

  log('baseline: bare Hono hello-world')
  const bare = await child({ ...SANDBOX, kind: 'baseline', productOrders: 0, depth: 'placed' }, 'baseline')
  const baseline = await measure('GET /', bare, { url: `${bare.origin}/` })
  await bare.stop()

  log(`large sandbox: ${options.productOrders.toLocaleString('en-US')} product orders, 10 change events each`)
  const large = await child({ ...SANDBOX, productOrders: options.productOrders, depth: 'lifecycle' }, 'large')
  log(
    `  seeded in ${(large.ready.seed!.millis / 1000).toFixed(1)} s: ${large.ready.seed!.changeEvents.toLocaleString('en-US')} change events`,
  )
  const largeToken = await issueToken(large)
  await checkShape('query', queryRequest(large, largeToken))
  await checkShape('last-changed', lastChangedRequest(large, largeToken))
  const query = await measure('POST product-orders/query (10)', large, queryRequest(large, largeToken))
  const lastChangedLarge = await measure(
    'GET last-changed (large)',
    large,
    lastChangedRequest(large, largeToken),
  )
  await large.stop()

  log(
    `small sandbox: ${options.smallProductOrders.toLocaleString('en-US')} product orders, 10 change events each`,
  )
  const small = await child(
    { ...SANDBOX, productOrders: options.smallProductOrders, depth: 'lifecycle' },
    'small',
  )
  const smallToken = await issueToken(small)
  await checkShape('last-changed', lastChangedRequest(small, smallToken))
  const lastChangedSmall = await measure(
    'GET last-changed (small)',
    small,
    lastChangedRequest(small, smallToken),
  )
  const bcrypt = await small.bcryptRate(1.5)
  log(
    `  raw bcryptjs, cost ${bcrypt.cost}, same process      ${Math.round(bcrypt.hashesPerSecond).toString().padStart(7)} hashes/s`,
  )
  const token = await measure('POST oauth2/token', small, tokenRequest(small))
  await small.stop()

  log(
    `placed sandbox: ${options.productOrders.toLocaleString('en-US')} placed product orders, then orders of 30 items`,
  )
  const placed = await child(
    {
      ...SANDBOX,
      productOrders: options.productOrders,
      depth: 'placed',
      dispatchOrders: options.dispatchOrders,
    },
    'placed',
  )
  const placedToken = await issueToken(placed)
  const dispatchCase = dispatchRequest(placed, placedToken)
  await checkShape('dispatch', dispatchCase)
  const dispatch = await measure('POST product-orders/dispatch (30)', placed, dispatchCase)
  await placed.stop()

  log('in-process')
  const transports = await transportLatency()
  const freshTenant = freshTenantCost()
  log('cold start')
  const cold = await coldStart()

  const measured = {
    generatedAt: new Date().toISOString(),
    machine,
    settings: {
      ...load,
      host: '127.0.0.1' as const,
      productOrders: options.productOrders,
      smallProductOrders: options.smallProductOrders,
    },
    http: { baseline, query, lastChangedLarge, lastChangedSmall, dispatch, token },
    servers: { lifecycle: seeded(large.ready), small: seeded(small.ready), placed: seeded(placed.ready) },
    bcrypt,
    transports,
    freshTenant,
    coldStart: cold,
  }
  const results: Results = { ...measured, targets: checkTargets(measured) }
  await mkdir(options.outDir, { recursive: true })
  await writeFile(join(options.outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  const table = markdown(results)
  await writeFile(join(options.outDir, 'results.md'), table)
  await embedResults(join(options.outDir, 'README.md'), table)
  return results
}
