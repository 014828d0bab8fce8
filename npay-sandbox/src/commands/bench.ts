/**
 * `npay-sandbox bench`: the benchmark compares this package with bare Hono and with Prism, so it needs the
 * load generator and Prism beside it: it runs from a clone of the repository (`pnpm bench`), found from the
 * working folder upwards, as its own process. The installed package carries neither.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { type Command, usageError } from '@npay-sandbox/mock-server'

const usage = `  npay-sandbox bench [options]
      Measure the installed package against bare Hono, Prism and bare Node in one run (bench/results.md).
      Runs inside a clone of the npay-sandbox repository, as \`pnpm bench\`; \`pnpm bench --help\` lists the options.`

/** The nearest folder at or above `from` that is the npay-sandbox workspace. */
function workspaceRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if (
          (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'npay-sandbox-workspace'
        )
          return dir
      } catch {}
    }
    if (dirname(dir) === dir) return undefined
  }
}

export const bench: Command = {
  summary: 'measure throughput, latency, cold start and memory against bare Hono and Prism',
  usage,
  async run(argv) {
    const root = workspaceRoot(process.cwd())
    const entry = root && join(root, 'bench', 'bin', 'bench.mjs')
    if (!entry || !existsSync(entry))
      usageError('the benchmark runs inside a clone of the npay-sandbox repository (pnpm bench)', usage)
    const child = spawn(process.execPath, [entry, ...argv], { stdio: 'inherit', cwd: root })
    const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)))
    process.exitCode = code
  },
}
