import './src-D4GJZdvm.js'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { t as usageError } from './types-NzTfXNEQ.js'

//#region src/commands/bench.ts
/**
 * `npay-sandbox bench`: the benchmark compares this package with bare Hono and with Prism, so it needs the
 * load generator and Prism beside it: it runs from a clone of the repository (`pnpm bench`), found from the
 * working folder upwards, as its own process. The installed package carries neither.
 */
const usage = `  npay-sandbox bench [--product-orders N] [--small-product-orders N] [--dispatch-orders N]
                     [--duration S] [--warmup S] [--connections N] [--out DIR] [--profile DIR]
      Measure throughput, latency, scale, cold start and memory on 127.0.0.1 in one run, against bare Hono
      and Prism; write results.json and results.md (default: bench/ of the repository) and print the table.
      Runs inside a clone of the npay-sandbox repository (same as \`pnpm bench\` there).`
/** The nearest folder at or above `from` that is the npay-sandbox workspace. */
function workspaceRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest))
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'npay-sandbox-workspace') return dir
      } catch {}
    if (dirname(dir) === dir) return void 0
  }
}
const bench = {
  summary: 'measure throughput, latency, cold start and memory against bare Hono and Prism',
  usage,
  async run(argv) {
    const root = workspaceRoot(process.cwd())
    const entry = root && join(root, 'bench', 'bin', 'bench.mjs')
    if (!entry || !existsSync(entry))
      usageError('the benchmark runs inside a clone of the npay-sandbox repository (pnpm bench)', usage)
    const child = spawn(process.execPath, [entry, ...argv], {
      stdio: 'inherit',
      cwd: root,
    })
    const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c ?? 1)))
    process.exitCode = code
  },
}

//#endregion
export { bench }
