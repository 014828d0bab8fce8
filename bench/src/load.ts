/** One load measurement with autocannon: a warm-up, then a timed run with the same settings. */
import autocannon from 'autocannon'

export interface LoadSettings {
  connections: number
  pipelining: number
  /** Seconds of the measured run. */
  duration: number
  /** Seconds of the discarded warm-up (JIT, caches). */
  warmup: number
}

export interface LoadRequest {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** A fresh request per call (e.g. dispatch items that were not dispatched yet). */
  next?: () => { body: string } | undefined
  /** Whether `next` ran out of fresh requests (the measurement then mixes in refusals). */
  exhausted?: () => boolean
}

export interface LoadResult {
  /** Successful (2xx) requests per second. */
  rps: number
  /**
   * Server CPU time per request, microseconds: the server's cost without the load generator's or a
   * busy neighbour's, so it holds up better than req/s on a shared machine.
   */
  serverCpuMicros: number
  latencyMs: { mean: number; p50: number; p99: number }
  requests: number
  non2xx: number
  errors: number
  seconds: number
  /** Set when the prepared fresh requests ran out during the run. */
  exhausted?: boolean
}

function once(settings: LoadSettings, request: LoadRequest, duration: number): Promise<autocannon.Result> {
  const next = request.next
  return autocannon({
    url: request.url,
    connections: settings.connections,
    pipelining: settings.pipelining,
    duration,
    method: request.method ?? 'GET',
    headers: request.headers ?? {},
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(next ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, ...next() }) }] } : {}),
  })
}

/** Called just before and just after the timed run (not the warm-up), e.g. to profile it. */
export interface RunHooks {
  before(): Promise<void>
  after(): Promise<void>
}

/** `serverCpu` reads the server process's CPU time in microseconds. */
export async function measureLoad(
  settings: LoadSettings,
  request: LoadRequest,
  serverCpu: () => Promise<number>,
  hooks?: RunHooks,
): Promise<LoadResult> {
  if (settings.warmup > 0) await once(settings, request, settings.warmup)
  await hooks?.before()
  const cpuBefore = await serverCpu()
  const result = await once(settings, request, settings.duration)
  const cpu = (await serverCpu()) - cpuBefore
  await hooks?.after()
  const ok = result['2xx']
  return {
    rps: ok / result.duration,
    serverCpuMicros: cpu / Math.max(1, result.requests.total),
    latencyMs: { mean: result.latency.mean, p50: result.latency.p50, p99: result.latency.p99 },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    seconds: result.duration,
    ...(request.exhausted?.() ? { exhausted: true } : {}),
  }
}
