/**
 * `pnpm bench` / `npay-sandbox bench` (whose usage text lists these options): parses the options, runs
 * every measurement and prints the table. The benchmark's options arrive here as argv and nowhere else.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { markdown } from './report.ts'
import { type BenchOptions, runBench } from './run-bench.ts'

const DEFAULT_OUT = fileURLToPath(new URL('..', import.meta.url))

export const BENCH_USAGE = `  pnpm bench [--product-orders N] [--small-product-orders N] [--dispatch-orders N]
             [--duration S] [--warmup S] [--connections N] [--out DIR] [--profile DIR]
             [--persistence-sizes N,N,…]
      Measure the installed package on 127.0.0.1 in one run — throughput and latency against the same body on
      bare Hono and against Prism, scale, cold start against bare Node, memory — and write results.json and
      results.md (default: bench/). Defaults: 100,000 and 1,000 product orders, 4,000 dispatch orders, 1 s
      warm-up + 3 s per measurement, 10 connections. --profile DIR writes a CPU profile of each timed run.
      --persistence-sizes: sandbox sizes of the --state-file rows (default 1000,25000,100000; 0 skips them).`

function positive(name: string, value: string | undefined): number {
  const n = Number(value)
  if (!(n > 0) || !Number.isFinite(n)) throw new Error(`--${name} must be a positive number, got ${value}`)
  return n
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'product-orders': { type: 'string', default: '100000' },
      'small-product-orders': { type: 'string', default: '1000' },
      'dispatch-orders': { type: 'string', default: '4000' },
      duration: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      connections: { type: 'string', default: '10' },
      out: { type: 'string', default: DEFAULT_OUT },
      profile: { type: 'string' },
      'persistence-sizes': { type: 'string', default: '1000,25000,100000' },
    },
  })
  return {
    productOrders: positive('product-orders', values['product-orders']),
    smallProductOrders: positive('small-product-orders', values['small-product-orders']),
    dispatchOrders: positive('dispatch-orders', values['dispatch-orders']),
    persistenceSizes:
      values['persistence-sizes'] === '0'
        ? []
        : values['persistence-sizes'].split(',').map((n) => positive('persistence-sizes', n)),
    load: {
      connections: positive('connections', values.connections),
      pipelining: 1,
      duration: positive('duration', values.duration),
      warmup: Number(values.warmup),
    },
    outDir: values.out,
    ...(values.profile ? { profileDir: values.profile } : {}),
    log: (line) => console.log(line),
  }
}

/** Runs the benchmark with command-line options and prints the results table. */
export async function benchMain(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(`Usage:\n${BENCH_USAGE}`)
    return
  }
  let options: BenchOptions
  try {
    options = parseBenchArgs(argv)
  } catch (error) {
    console.error(
      `bench: ${error instanceof Error ? error.message : String(error)}\n\nUsage:\n${BENCH_USAGE}`,
    )
    process.exitCode = 2
    return
  }
  const results = await runBench(options)
  console.log(`\n${markdown(results)}`)
  console.log(`wrote ${join(options.outDir, 'results.json')} and results.md`)
}
