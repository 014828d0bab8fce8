/** Turns a run's measurements into the target checks and the Markdown tables of bench/results.md. */
import type { LoadResult } from './load.ts'
import { persistenceTable } from './persistence.ts'
import type { PrismMeasured, Results, SeededServer, TargetResult } from './results.ts'

const pct = (x: number) => `${(x * 100).toFixed(0)} %`
const num = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const factor = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)}×`
const bytes = (n: number) => `${num(n)} B`

/** Product orders seeded per second of seeding. */
export const seedRate = (s: SeededServer) => s.seed.productOrders / (s.seed.millis / 1000)
/** Resident bytes each seeded product order added. */
export const rssPerProductOrder = (s: SeededServer) =>
  (s.memory.after.rss - s.memory.before.rss) / s.seed.productOrders

type Reference = { rps: number; cpuMicros: number }
const of = (l: LoadResult): Reference => ({ rps: l.rps, cpuMicros: l.serverCpuMicros })

/** `a` as a share of a reference rate; `min` undefined reports the share without a goal. */
function share(name: string, a: LoadResult, measured: string, ref: Reference, min?: number): TargetResult {
  const value = a.rps / ref.rps
  return {
    name,
    measured: `${measured}: ${num(a.rps)} req/s`,
    value,
    unit: '%',
    cpuRatio: ref.cpuMicros / a.serverCpuMicros,
    ...(min === undefined ? {} : { target: `≥ ${pct(min)}`, met: value >= min }),
  }
}

function coldStartTargets(r: Omit<Results, 'targets'>): TargetResult[] {
  const [bare, ...launchers] = r.coldStart.series
  return launchers.map((l) => {
    const value = l.medianMillis / bare!.medianMillis
    return {
      name: `cold start: ${l.name.split(' start')[0]} vs bare Node`,
      measured: `median ${num(l.medianMillis)} ms vs ${num(bare!.medianMillis)} ms, spawn to first 200`,
      value,
      unit: '×',
      target: '≤ 6×',
      met: value <= 6,
    }
  })
}

/** The emulator against Prism on the same call (the goal), and two ratios that bound and explain it. */
function prismTargets(r: Omit<Results, 'targets'>, prism: PrismMeasured): TargetResult[] {
  const { http } = r
  const factorOf = (name: string, a: LoadResult, measured: string, goal?: number): TargetResult => ({
    name,
    measured: `${measured}: ${num(a.rps)} vs ${num(prism.query.rps)} req/s`,
    value: a.rps / prism.query.rps,
    unit: '×',
    cpuRatio: prism.query.serverCpuMicros / a.serverCpuMicros,
    ...(goal === undefined ? {} : { target: `≥ ${goal}×`, met: a.rps / prism.query.rps >= goal }),
  })
  return [
    factorOf(`query (10 ids) vs Prism ${prism.version}`, http.query, 'same call', 10),
    factorOf('same-body limit vs Prism (bounds the line above)', http.queryLimit, 'bare Hono, 10 ids'),
    factorOf('query (1 id) vs Prism (one product order each)', http.querySingle, '1 id'),
  ]
}

export function checkTargets(r: Omit<Results, 'targets'>): TargetResult[] {
  const { http } = r
  const msw = r.transports.clientMsw / r.transports.appRequest
  const placedRate = seedRate(r.servers.placed)
  const placedRss = rssPerProductOrder(r.servers.placed)
  const prism: TargetResult[] = 'skipped' in r.prism ? [] : prismTargets(r, r.prism)
  return [
    share(
      'query (10 ids) vs same-body limit',
      http.query,
      'POST product-orders/query',
      of(http.queryLimit),
      0.5,
    ),
    share(
      'last-changed (300 rows) vs same-body limit',
      http.lastChangedLarge,
      'GET last-changed-statuses',
      of(http.lastChangedLimit),
    ),
    ...prism,
    share(
      'last-changed at 1M vs at 10k events',
      http.lastChangedLarge,
      '1M events',
      of(http.lastChangedSmall),
      0.8,
    ),
    share(
      'token issuance vs raw bcryptjs',
      http.token,
      `cost ${r.bcrypt.cost}`,
      { rps: r.bcrypt.hashesPerSecond, cpuMicros: r.bcrypt.cpuMicrosPerHash },
      0.8,
    ),
    {
      name: 'MSW vs app.request latency',
      measured: `${num(r.transports.clientMsw)} µs vs ${num(r.transports.appRequest)} µs per call`,
      value: msw,
      unit: '×',
      target: '≤ 2×',
      met: msw <= 2,
    },
    {
      name: 'seeding (placed orders)',
      measured: `${num(r.servers.placed.seed.productOrders)} product orders in ${num(r.servers.placed.seed.millis / 1000, 2)} s`,
      value: placedRate,
      unit: '/s',
      target: '≥ 20,000 /s',
      met: placedRate >= 20_000,
    },
    {
      name: 'RSS per product order (placed)',
      measured: `${num((r.servers.placed.memory.after.rss - r.servers.placed.memory.before.rss) / 2 ** 20)} MiB for ${num(r.servers.placed.seed.productOrders)}`,
      value: placedRss / 1024,
      unit: 'KB',
      target: '≤ 3 KB',
      met: placedRss <= 3 * 1024,
    },
    ...coldStartTargets(r),
    {
      name: 'fresh tenant + 10 orders',
      measured: 'in-process, mean',
      value: r.freshTenant.tenantMillis,
      unit: 'ms',
      target: '≤ 5 ms',
      met: r.freshTenant.tenantMillis <= 5,
    },
  ]
}

function shown(t: TargetResult, value = t.value): string {
  if (t.unit === '%') return pct(value)
  if (t.unit === '×') return factor(value)
  if (t.unit === 'KB') return `${value.toFixed(2)} KB`
  if (t.unit === 'ms') return `${num(value, value < 10 ? 2 : 0)} ms`
  return `${num(value)} /s`
}

function loadRow(name: string, l: LoadResult): string {
  const errors = l.non2xx + l.errors
  return `| ${name} | ${num(l.rps)} | ${num(l.serverCpuMicros)} | ${l.latencyMs.mean.toFixed(2)} | ${l.latencyMs.p99} | ${errors} |`
}

function httpRows(r: Results): string[] {
  const large = r.servers.lifecycle.seed
  const small = r.servers.small.seed
  const q = bytes(r.answerBytes.query)
  const lc = bytes(r.answerBytes.lastChanged)
  return [
    '| HTTP measurement | req/s | server CPU µs/req | mean ms | p99 ms | non-2xx + errors |',
    '| --- | --- | --- | --- | --- | --- |',
    loadRow('bare Hono hello-world (11 B)', r.http.baseline),
    loadRow(`same-body limit: query answer (bare Hono, JSON.stringify per request, ${q})`, r.http.queryLimit),
    loadRow(`same-body limit: last-changed answer (${lc})`, r.http.lastChangedLimit),
    loadRow(
      `emulator: query 10 ids (${num(large.productOrders)} product orders, ${num(large.changeEvents)} events; ${q})`,
      r.http.query,
    ),
    loadRow(`emulator: query 10 ids (${num(small.productOrders)} product orders)`, r.http.querySmall),
    loadRow(
      `emulator: query 1 id (one product order per answer, as Prism's; ${bytes(r.answerBytes.querySingle)})`,
      r.http.querySingle,
    ),
    ...('skipped' in r.prism
      ? []
      : [
          loadRow(
            `Prism ${r.prism.version} mock: query (its example body: ${r.prism.queryItems} product order${r.prism.queryItems === 1 ? '' : 's'}, ${bytes(r.prism.queryBytes)}; ${r.prism.flags.join(' ')})`,
            r.prism.query,
          ),
        ]),
    loadRow(
      `emulator: last-changed 300 rows (${num(large.changeEvents)} events; ${lc})`,
      r.http.lastChangedLarge,
    ),
    loadRow(`emulator: last-changed 300 rows (${num(small.changeEvents)} events)`, r.http.lastChangedSmall),
    loadRow('emulator: dispatch 30 items', r.http.dispatch),
    loadRow(
      `emulator: token issuance (bcrypt cost ${r.bcrypt.cost}; raw bcryptjs in the same process: ${num(r.bcrypt.hashesPerSecond)} hashes/s, ${num(r.bcrypt.cpuMicrosPerHash)} µs CPU each)`,
      r.http.token,
    ),
  ]
}

function packageLine(r: Results): string {
  const p = r.package
  const steps = p.steps.length ? `${p.steps.join(', ')} by this run` : 'current'
  const sea = p.sea ? '' : ' The single executable was not built, so its cold start is not measured.'
  return `Under test: npay-sandbox ${p.version} as npm installs its tarball (dist and dependencies; ${steps}), run by plain Node.${sea}`
}

export function markdown(r: Results): string {
  const m = r.machine
  const s = r.settings
  const lifecycle = r.servers.lifecycle
  return [
    `Measured ${r.generatedAt} on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}); load average ${m.loadAverage} at the start.`,
    `Load: autocannon on ${s.host}, ${s.connections} connections, pipelining ${s.pipelining}, ${s.warmup} s warm-up + ${s.duration} s per measurement; each server in its own process.`,
    packageLine(r),
    ...('skipped' in r.prism ? [`**${r.prism.skipped}.**`] : []),
    '',
    '| Target | Measured | Result | Same ratio by server CPU | Target | Met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.targets.map((t) => {
      const cpu = t.cpuRatio === undefined ? '' : shown(t, t.cpuRatio)
      const met = t.met === undefined ? '—' : t.met ? 'yes' : '**no**'
      return `| ${t.name} | ${t.measured} | ${shown(t)} | ${cpu} | ${t.target ?? '—'} | ${met} |`
    }),
    '',
    ...httpRows(r),
    ...persistenceTable(r.persistence),
    '',
    '| Other measurement | Result |',
    '| --- | --- |',
    `| seeding with full lifecycles (10 change events each) | ${num(seedRate(lifecycle))} product orders/s (${num(lifecycle.seed.productOrders)} in ${num(lifecycle.seed.millis / 1000, 1)} s) |`,
    `| RSS per product order with its lifecycle history | ${(rssPerProductOrder(lifecycle) / 1024).toFixed(2)} KB |`,
    `| typed client over app.request (no MSW) | ${num(r.transports.clientAppRequest)} µs per call |`,
    `| fresh createSandbox() + 10 orders | ${r.freshTenant.sandboxMillis.toFixed(2)} ms |`,
    ...r.coldStart.series.map(
      (c) =>
        `| cold start: ${c.name} (after ${r.coldStart.warmups} uncounted) | ${c.launchesMillis.map((x) => `${num(x)} ms`).join(', ')} |`,
    ),
    '',
  ].join('\n')
}
