/**
 * The whole benchmark in one run: the package built, packed and installed first, every server in a child process on
 * 127.0.0.1 (the emulator installed from its tarball, the same-body limit, Prism), the load generator here,
 * the in-process measurements after the load, the cold start last. Writes results.json, results.md and
 * the table between the markers of the output folder's README.md. Ratios are only compared within one
 * run, so a slower or busier machine moves both sides of each ratio.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ServerChild, startServer } from './child.ts'
import { BARE_NODE, CLI, coldStart, SEA } from './cold-start.ts'
import { embedResults } from './embed-results.ts'
import { freshTenantCost, transportLatency } from './in-process.ts'
import { type LoadRequest, type LoadResult, type LoadSettings, measureLoad, type RunHooks } from './load.ts'
import { describeMachine } from './machine.ts'
import { measurePersistence } from './persistence.ts'
import { preparePackage } from './prepare-package.ts'
import { ensurePrism, PRISM_FLAGS, PRISM_VERSION, prismSpec, startPrism } from './prism.ts'
import { type CpuProfile, summariseProfile } from './profile-summary.ts'
import { checkTargets, markdown } from './report.ts'
import {
  check,
  checkShape,
  dispatchRequest,
  issueToken,
  lastChangedRequest,
  queryRequest,
  retarget,
  tokenRequest,
} from './requests.ts'
import type { PrismResult, Results, SeededServer } from './results.ts'
import type { LimitBodies, ServerPlan } from './server/protocol.ts'

export interface BenchOptions {
  /** Product orders of the large sandbox (10 change events each). */
  productOrders: number
  /** Product orders of the small sandbox, for last-changed at a tenth of a percent of the history. */
  smallProductOrders: number
  /** Orders of 30 items prepared for the dispatch measurement. */
  dispatchOrders: number
  /** Sandbox sizes (product orders) of the `--state-file` measurement; empty skips it. */
  persistenceSizes: number[]
  load: LoadSettings
  /** Where results.json and results.md go. */
  outDir: string
  /** Write CPU profiles of the server children here. */
  profileDir?: string
  log: (line: string) => void
}

/** What a load measurement needs of a server: our children also take profiles, Prism does not. */
type Measured = ServerChild | Pick<ServerChild, 'cpuMicros'>

const SANDBOX: Omit<ServerPlan, 'productOrders' | 'depth'> = {
  kind: 'sandbox',
  itemsPerOrder: 2,
  dispatchOrders: 0,
}

export async function runBench(options: BenchOptions): Promise<Results> {
  const { load, log } = options
  const machine = describeMachine()
  const pkg = preparePackage(log)
  const tmp = await mkdtemp(join(tmpdir(), 'npay-bench-'))
  if (options.profileDir) await mkdir(options.profileDir, { recursive: true })
  const child = (plan: ServerPlan, name: string) => startServer(plan, { name })
  const measure = async (name: string, server: Measured, request: LoadRequest): Promise<LoadResult> => {
    const hooks = options.profileDir && 'startProfile' in server ? profiling(server, name) : undefined
    const result = await measureLoad(load, request, server.cpuMicros, hooks)
    log(
      `  ${name.padEnd(34)} ${Math.round(result.rps).toString().padStart(7)} req/s  mean ${result.latencyMs.mean.toFixed(2)} ms  server ${Math.round(result.serverCpuMicros)} µs CPU/req`,
    )
    if (result.non2xx + result.errors > 0) log(`  ! ${result.non2xx} non-2xx and ${result.errors} errors`)
    if (result.exhausted) log('  ! the prepared orders ran out: raise --dispatch-orders')
    return result
  }
  const profiling = (server: ServerChild, name: string): RunHooks => {
    const file = join(
      options.profileDir!,
      `${server.name}-${name.replace(/\W+/g, '-').toLowerCase()}.cpuprofile`,
    )
    return {
      before: () => server.startProfile(),
      after: async () => {
        await server.stopProfile(file)
        const summary = summariseProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile)
        await writeFile(file.replace(/\.cpuprofile$/, '.txt'), `${summary.join('\n')}\n`)
        log(
          `  profile ${file}: ${summary
            .slice(2, 5)
            .map((l) => l.trim())
            .join('; ')}`,
        )
      },
    }
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
  const queryCase = queryRequest(large, largeToken)
  const lastChangedCase = lastChangedRequest(large, largeToken)
  const queryAnswer = await checkShape('query', queryCase)
  const lastChangedAnswer = await checkShape('last-changed', lastChangedCase)
  const query = await measure('POST product-orders/query (10)', large, queryCase)
  const lastChangedLarge = await measure('GET last-changed (large)', large, lastChangedCase)
  // One product order per answer, as Prism's example has: the same content per answer, not the same call.
  const querySingleCase = queryRequest(large, largeToken, 1)
  const querySingleAnswer = await checkShape('query', querySingleCase, 1)
  const querySingle = await measure('POST product-orders/query (1)', large, querySingleCase)
  await large.stop()

  log('same-body limit: bare Hono serialising the answers just captured')
  const bodiesFile = join(tmp, 'limit-bodies.json')
  const bodies: LimitBodies = { query: queryAnswer.body, lastChanged: lastChangedAnswer.body }
  await writeFile(bodiesFile, JSON.stringify(bodies))
  const limit = await child(
    { ...SANDBOX, kind: 'limit', productOrders: 0, depth: 'placed', bodiesFile },
    'limit',
  )
  const limitQueryCase = retarget(queryCase, limit.origin)
  const limitLastChangedCase = retarget(lastChangedCase, limit.origin)
  await checkShape('query', limitQueryCase)
  await checkShape('last-changed', limitLastChangedCase)
  const queryLimit = await measure('limit: query answer', limit, limitQueryCase)
  const lastChangedLimit = await measure('limit: last-changed answer', limit, limitLastChangedCase)
  await limit.stop()

  const prism = await measurePrism(queryCase, tmp, log, measure)

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
  const querySmallCase = queryRequest(small, smallToken)
  await checkShape('query', querySmallCase)
  const querySmall = await measure('POST product-orders/query (small)', small, querySmallCase)
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
  await rm(tmp, { recursive: true, force: true })

  log('in-process')
  const transports = await transportLatency()
  const freshTenant = freshTenantCost()
  log('--state-file: writes, reads beside them, restart, bytes on disk')
  const persistence = await measurePersistence(options.persistenceSizes, log)
  log('cold start: bare Node, the CLI of dist, the single executable (interleaved)')
  const cold = await coldStart(pkg.sea ? [BARE_NODE, CLI, SEA] : [BARE_NODE, CLI])
  for (const series of cold.series)
    log(`  ${series.name.padEnd(48)} median ${Math.round(series.medianMillis)} ms`)

  const measured = {
    generatedAt: new Date().toISOString(),
    machine,
    settings: {
      ...load,
      host: '127.0.0.1' as const,
      productOrders: options.productOrders,
      smallProductOrders: options.smallProductOrders,
    },
    package: pkg,
    http: {
      baseline,
      query,
      querySmall,
      querySingle,
      lastChangedLarge,
      lastChangedSmall,
      dispatch,
      token,
      queryLimit,
      lastChangedLimit,
    },
    answerBytes: {
      query: queryAnswer.bytes,
      querySingle: querySingleAnswer.bytes,
      lastChanged: lastChangedAnswer.bytes,
    },
    prism,
    servers: { lifecycle: seeded(large.ready), small: seeded(small.ready), placed: seeded(placed.ready) },
    bcrypt,
    transports,
    freshTenant,
    persistence,
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

/**
 * Prism mocking the same document, sent the emulator's query call (same headers and body; Prism checks
 * that a bearer token is there and accepts any), or the reason it was skipped.
 */
async function measurePrism(
  queryCase: LoadRequest,
  tmp: string,
  log: (line: string) => void,
  measure: (name: string, server: Measured, request: LoadRequest) => Promise<LoadResult>,
): Promise<PrismResult> {
  log(`Prism ${PRISM_VERSION}: prism mock npay-api.yaml ${PRISM_FLAGS.join(' ')}`)
  const install = ensurePrism(log)
  if ('skipped' in install) {
    log(`  ! ${install.skipped}`)
    return { skipped: install.skipped }
  }
  const server = await startPrism(install.entry, await prismSpec(tmp))
  try {
    const request = retarget(queryCase, server.origin, { withBasePath: false })
    const answer = await check(request)
    const items = (answer.body as { data?: unknown[] }).data?.length ?? 0
    const result = await measure('Prism: query', server, request)
    return {
      version: PRISM_VERSION,
      flags: PRISM_FLAGS,
      query: result,
      queryBytes: answer.bytes,
      queryItems: items,
    }
  } finally {
    await server.stop()
  }
}
