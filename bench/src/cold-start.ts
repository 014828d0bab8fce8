/**
 * Cold start of what users launch: the installed CLI (`node node_modules/npay-sandbox/dist/cli.js start
 * --port 0`, what `npx npay-sandbox start` runs) and the single executable, each from spawn to the first 200 of `/__sandbox/health`, beside a bare Node
 * `http.createServer().listen(0)` script launched and read the same way. Launches interleave, so a busy
 * moment of the machine hits every launcher alike.
 */
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { INSTALLED_CLI, SEA_BINARY } from './package-paths.ts'

const BARE_SERVER = fileURLToPath(new URL('../bin/bare-http-server.mjs', import.meta.url))
const START = ['start', '--port', '0', '--host', '127.0.0.1']
/** The first URL a launcher prints (the CLI prints its API base URL first). */
const URL_LINE = /http:\/\/127\.0\.0\.1:(\d+)/

export interface Launcher {
  name: string
  command: string
  args: string[]
  /** Path whose first 200 ends the launch. */
  path: string
}

export const BARE_NODE: Launcher = {
  name: 'bare Node http.createServer().listen(0)',
  command: process.execPath,
  args: [BARE_SERVER],
  path: '/',
}
export const CLI: Launcher = {
  name: 'installed CLI: node npay-sandbox/dist/cli.js start --port 0',
  command: process.execPath,
  args: [INSTALLED_CLI, ...START],
  path: '/__sandbox/health',
}
export const SEA: Launcher = {
  name: `single executable: release/npay-sandbox-${process.platform}-${process.arch} start --port 0`,
  command: SEA_BINARY,
  args: START,
  path: '/__sandbox/health',
}

/** Status of one GET over a fresh connection; 0 when it could not connect. */
function status(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume()
      res.once('end', () => resolve(res.statusCode ?? 0))
    })
    req.once('error', () => resolve(0))
    req.end()
  })
}

/** Milliseconds from spawn to the first 200; the process is stopped (and has exited) on return. */
async function launch(launcher: Launcher): Promise<number> {
  const started = performance.now()
  const child = spawn(launcher.command, launcher.args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = URL_LINE.exec(out)
        if (match) resolve(Number(match[1]))
      })
      child.once('error', reject)
      child.once('exit', (code) => reject(new Error(`bench: ${launcher.name} exited with ${code}`)))
      setTimeout(() => reject(new Error(`bench: ${launcher.name} printed no URL in 30 s`)), 30_000).unref()
    })
    for (;;) {
      const code = await status(port, launcher.path)
      if (code === 200) return performance.now() - started
      if (code !== 0) throw new Error(`bench: ${launcher.name}: GET ${launcher.path} answered ${code}`)
      if (performance.now() - started > 30_000)
        throw new Error(`bench: ${launcher.name} did not answer in 30 s`)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  } finally {
    child.stdout.resume()
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }
}

export interface ColdStartSeries {
  name: string
  /** Milliseconds of each counted launch, in order. */
  launchesMillis: number[]
  medianMillis: number
}

export interface ColdStart {
  /** Launches of each launcher before the counted ones (page cache, first-run caches), not counted. */
  warmups: number
  series: ColdStartSeries[]
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Interleaved launches of every launcher, one after the other (never two at once).
 * @example const { series } = await coldStart([BARE_NODE, CLI], { launches: 7 })
 */
export async function coldStart(
  launchers: Launcher[],
  { launches = 7, warmups = 1 }: { launches?: number; warmups?: number } = {},
): Promise<ColdStart> {
  const times = launchers.map(() => [] as number[])
  for (let round = 0; round < warmups + launches; round++) {
    for (const [i, launcher] of launchers.entries()) {
      const millis = await launch(launcher)
      if (round >= warmups) times[i]!.push(millis)
    }
  }
  return {
    warmups,
    series: launchers.map((l, i) => ({
      name: l.name,
      launchesMillis: times[i]!,
      medianMillis: median(times[i]!),
    })),
  }
}
