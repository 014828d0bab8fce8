/** Turns a run's measurements into the target checks and the Markdown tables of bench/results.md. */
import type { LoadResult } from './load.ts'
import type { Results, SeededServer, TargetResult } from './results.ts'

const pct = (x: number) => `${(x * 100).toFixed(0)} %`
const num = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** Product orders seeded per second of seeding. */
export const seedRate = (s: SeededServer) => s.seed.productOrders / (s.seed.millis / 1000)
/** Resident bytes each seeded product order added. */
export const rssPerProductOrder = (s: SeededServer) =>
  (s.memory.after.rss - s.memory.before.rss) / s.seed.productOrders

export function checkTargets(r: Omit<Results, 'targets'>): TargetResult[] {
  const { http } = r
  /** `a` against a reference rate; `cpuOf` is the reference's CPU µs per operation. */
  const ratio = (
    name: string,
    a: LoadResult,
    measured: string,
    min: number,
    of: { rps: number; cpuMicros: number },
  ): TargetResult => ({
    name,
    measured: `${measured}: ${num(a.rps)} req/s`,
    value: a.rps / of.rps,
    cpuRatio: of.cpuMicros / a.serverCpuMicros,
    target: `≥ ${pct(min)}`,
    met: a.rps / of.rps >= min,
  })
  const of = (l: LoadResult) => ({ rps: l.rps, cpuMicros: l.serverCpuMicros })
  const base = of(http.baseline)
  const msw = r.transports.clientMsw / r.transports.appRequest
  const placedRate = seedRate(r.servers.placed)
  const placedRss = rssPerProductOrder(r.servers.placed)
  return [
    ratio('query (10 ids) vs baseline', http.query, 'POST product-orders/query', 0.4, base),
    ratio(
      'last-changed (300 rows, 1M events) vs baseline',
      http.lastChangedLarge,
      'GET last-changed-statuses',
      0.4,
      base,
    ),
    ratio(
      'last-changed at 1M vs at 10k events',
      http.lastChangedLarge,
      '1M events',
      0.8,
      of(http.lastChangedSmall),
    ),
    ratio('token issuance vs raw bcryptjs', http.token, `cost ${r.bcrypt.cost}`, 0.8, {
      rps: r.bcrypt.hashesPerSecond,
      cpuMicros: r.bcrypt.cpuMicrosPerHash,
    }),
    {
      name: 'MSW vs app.request latency',
      measured: `${num(r.transports.clientMsw)} µs vs ${num(r.transports.appRequest)} µs per call`,
      value: msw,
      target: '≤ 2.0×',
      met: msw <= 2,
    },
    {
      name: 'seeding (placed orders)',
      measured: `${num(r.servers.placed.seed.productOrders)} product orders in ${num(r.servers.placed.seed.millis / 1000, 2)} s`,
      value: placedRate,
      target: '≥ 20,000 /s',
      met: placedRate >= 20_000,
    },
    {
      name: 'RSS per product order (placed)',
      measured: `${num((r.servers.placed.memory.after.rss - r.servers.placed.memory.before.rss) / 2 ** 20)} MiB for ${num(r.servers.placed.seed.productOrders)}`,
      value: placedRss / 1024,
      target: '≤ 3 KB',
      met: placedRss <= 3 * 1024,
    },
    {
      name: 'cold start (launch to first 200)',
      measured: `median of ${r.coldStart.launchesMillis.length} launches`,
      value: r.coldStart.medianMillis,
      target: '≤ 1,000 ms',
      met: r.coldStart.medianMillis <= 1000,
    },
    {
      name: 'fresh tenant + 10 orders',
      measured: 'in-process, mean',
      value: r.freshTenant.tenantMillis,
      target: '≤ 5 ms',
      met: r.freshTenant.tenantMillis <= 5,
    },
  ]
}

function shown(t: TargetResult): string {
  if (t.target.includes('%')) return pct(t.value)
  if (t.target.includes('×')) return `${t.value.toFixed(2)}×`
  if (t.target.includes('KB')) return `${t.value.toFixed(2)} KB`
  if (t.target.includes('ms')) return `${num(t.value, t.value < 10 ? 2 : 0)} ms`
  return `${num(t.value)} /s`
}

function loadRow(name: string, l: LoadResult): string {
  const errors = l.non2xx + l.errors
  return `| ${name} | ${num(l.rps)} | ${num(l.serverCpuMicros)} | ${l.latencyMs.mean.toFixed(2)} | ${l.latencyMs.p99} | ${errors} |`
}

export function markdown(r: Results): string {
  const m = r.machine
  const s = r.settings
  const lifecycle = r.servers.lifecycle
  return [
    `Measured ${r.generatedAt} on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}); load average ${m.loadAverage} at the start.`,
    `Load: autocannon on ${s.host}, ${s.connections} connections, pipelining ${s.pipelining}, ${s.warmup} s warm-up + ${s.duration} s per measurement; each server in its own process.`,
    '',
    '| Target | Measured | Result | Same ratio by server CPU | Target | Met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.targets.map((t) => {
      const cpu = t.cpuRatio === undefined ? '' : pct(t.cpuRatio)
      return `| ${t.name} | ${t.measured} | ${shown(t)} | ${cpu} | ${t.target} | ${t.met ? 'yes' : '**no**'} |`
    }),
    '',
    '| HTTP measurement | req/s | server CPU µs/req | mean ms | p99 ms | non-2xx + errors |',
    '| --- | --- | --- | --- | --- | --- |',
    loadRow('baseline: bare Hono hello-world', r.http.baseline),
    loadRow(
      `query 10 ids (${num(lifecycle.seed.productOrders)} product orders, ${num(lifecycle.seed.changeEvents)} events)`,
      r.http.query,
    ),
    loadRow(`last-changed 300 rows (${num(lifecycle.seed.changeEvents)} events)`, r.http.lastChangedLarge),
    loadRow(
      `last-changed 300 rows (${num(r.servers.small.seed.changeEvents)} events)`,
      r.http.lastChangedSmall,
    ),
    loadRow('dispatch 30 items', r.http.dispatch),
    loadRow(
      `token issuance (bcrypt cost ${r.bcrypt.cost}; raw bcryptjs in the same process: ${num(r.bcrypt.hashesPerSecond)} hashes/s, ${num(r.bcrypt.cpuMicrosPerHash)} µs CPU each)`,
      r.http.token,
    ),
    '',
    '| Other measurement | Result |',
    '| --- | --- |',
    `| seeding with full lifecycles (10 change events each) | ${num(seedRate(lifecycle))} product orders/s (${num(lifecycle.seed.productOrders)} in ${num(lifecycle.seed.millis / 1000, 1)} s) |`,
    `| RSS per product order with its lifecycle history | ${(rssPerProductOrder(lifecycle) / 1024).toFixed(2)} KB |`,
    `| typed client over app.request (no MSW) | ${num(r.transports.clientAppRequest)} µs per call |`,
    `| fresh createSandbox() + 10 orders | ${r.freshTenant.sandboxMillis.toFixed(2)} ms |`,
    `| cold start launches | ${r.coldStart.launchesMillis.map((x) => `${num(x)} ms`).join(', ')} |`,
    '',
  ].join('\n')
}
