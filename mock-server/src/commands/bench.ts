/**
 * `npay-sandbox bench`: the repository's benchmark (bench/). It is a workspace package of its own,
 * loaded by path on demand, so the emulator neither depends on a load generator nor loads one to start.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Command, usageError } from './types.ts'

const ENTRY = new URL('../../../bench/src/main.ts', import.meta.url)

const usage = `  npay-sandbox bench [--product-orders N] [--small-product-orders N] [--dispatch-orders N]
                     [--duration S] [--warmup S] [--connections N] [--out DIR] [--profile DIR]
      Measure throughput, latency, scale and memory on 127.0.0.1 in one run; write results.json and
      results.md (default: bench/ of the repository) and print the table. Defaults: 100,000 and 1,000
      product orders, 1 s warm-up + 3 s per measurement, 10 connections. --profile DIR writes a CPU
      profile of each server child. Same as \`pnpm bench\`; needs a clone of the repository.`

export const bench: Command = {
  summary: 'measure throughput, latency, scale and memory (bench/results.md)',
  usage,
  async run(argv) {
    if (!existsSync(fileURLToPath(ENTRY)))
      usageError('the benchmark runs from a clone of the npay-sandbox repository (bench/ is missing)', usage)
    const { benchMain } = (await import(ENTRY.href)) as typeof import('../../../bench/src/main.ts')
    await benchMain(argv)
  },
}
