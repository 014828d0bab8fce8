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
    },
  })
  return {
    productOrders: positive('product-orders', values['product-orders']),
    smallProductOrders: positive('small-product-orders', values['small-product-orders']),
    dispatchOrders: positive('dispatch-orders', values['dispatch-orders']),
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
  const options = parseBenchArgs(argv)
  const results = await runBench(options)
  console.log(`\n${markdown(results)}`)
  console.log(`wrote ${join(options.outDir, 'results.json')} and results.md`)
}
