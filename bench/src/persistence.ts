/**
 * `--state-file` (docs/decisions/0004-durable-state.md) at several sandbox sizes: what a write costs with
 * and without the database, how long a read running beside the writes waits at most, how long a restart
 * takes against a fresh start of the same CLI, and the bytes on disk per product order. Writes and reads
 * run in this process through `app.request` (one thread, as the server has: a read that waits, waits for
 * the write in front of it); starts are child processes of the workspace CLI, interleaved.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp, createSandbox } from '@npay-sandbox/mock-server'
import { seedTenant } from './seed.ts'

export interface PersistenceRow {
  productOrders: number
  /** Mean milliseconds of one write (an order placed through the control plane). */
  writeMs: { without: number; with: number }
  /** The longest a read (health) running beside the writes took, with persistence. */
  longestReadMs: number
  /** Milliseconds from spawn to the banner: restart with the file, fresh start without (medians). */
  startMs: { restart: number; fresh: number }
  /** Resident memory (MB) of the restarted server at its banner, and of this process with the sandbox in memory. */
  rssMb: { restart: number; inMemory: number }
  bytesPerProductOrder: number
}

const WRITES = 200
const STARTS = 3
const CLI = fileURLToPath(new URL('../../mock-server/bin/npay-sandbox.mjs', import.meta.url))

const ORDER = new Request('http://bench.test/__sandbox/orders', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: '{}',
})

async function meanWriteMs(fetch: (r: Request) => Response | Promise<Response>): Promise<number> {
  const started = performance.now()
  for (let i = 0; i < WRITES; i++) {
    const res = await fetch(ORDER.clone())
    if (res.status !== 201) throw new Error(`bench: placing an order answered ${res.status}`)
  }
  return (performance.now() - started) / WRITES
}

/** Reads in a loop while the writes run; the longest one. */
async function besideWrites(fetch: (r: Request) => Response | Promise<Response>) {
  let writing = true
  let longest = 0
  const reader = (async () => {
    while (writing) {
      const started = performance.now()
      await fetch(new Request('http://bench.test/__sandbox/health'))
      longest = Math.max(longest, performance.now() - started)
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  const writeMs = await meanWriteMs(fetch)
  writing = false
  await reader
  return { writeMs, longestReadMs: longest }
}

/** Resident memory of a process in MB (Linux /proc; 0 elsewhere). */
function rssMbOf(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : 0
  } catch {
    return 0
  }
}

function timeStart(args: string[]): Promise<{ millis: number; rssMb: number }> {
  const started = performance.now()
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`bench: no banner within 120 s:\n${out}`))
    }, 120_000)
    const read = (d: Buffer) => {
      out += d
      if (!/API base URL/.test(out)) return
      const millis = performance.now() - started
      const rssMb = rssMbOf(child.pid)
      clearTimeout(timer)
      child.once('exit', () => resolve({ millis, rssMb }))
      child.kill('SIGTERM')
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
  })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function measureSize(productOrders: number, folder: string): Promise<PersistenceRow> {
  const file = join(folder, `state-${productOrders}.db`)
  const sandbox = createSandbox({ seed: 1, clock: 'frozen' })
  const { engine } = sandbox
  seedTenant(engine, engine.tenant(), { productOrders, itemsPerOrder: 2, depth: 'lifecycle' })
  const without = await meanWriteMs((r) => sandbox.app.request(r))
  const inMemory = process.memoryUsage().rss / 2 ** 20
  // The same engine, now with the file (building the app stores the whole sandbox once, off the clock).
  const persisted = createApp(engine, { stateFile: file })
  const measured = await besideWrites((r) => persisted.request(r))
  await sandbox.close()
  const restart: number[] = []
  const fresh: number[] = []
  let restartRss = 0
  for (let i = 0; i < STARTS; i++) {
    const started = await timeStart(['--state-file', file])
    restart.push(started.millis)
    restartRss = Math.max(restartRss, started.rssMb)
    fresh.push((await timeStart([])).millis)
  }
  const bytes = readdirSync(folder)
    .filter((name) => name.startsWith(`state-${productOrders}.db`))
    .reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)
  return {
    productOrders: engine.tenant().counts().productOrders,
    writeMs: { without, with: measured.writeMs },
    longestReadMs: measured.longestReadMs,
    startMs: { restart: median(restart), fresh: median(fresh) },
    rssMb: { restart: restartRss, inMemory },
    bytesPerProductOrder: bytes / engine.tenant().counts().productOrders,
  }
}

/**
 * One row per size, smallest first.
 * @example await measurePersistence([1_000, 25_000], console.log)
 */
export async function measurePersistence(
  sizes: readonly number[],
  log: (line: string) => void,
): Promise<PersistenceRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'npay-bench-state-'))
  const rows: PersistenceRow[] = []
  try {
    for (const size of sizes) {
      const row = await measureSize(size, folder)
      rows.push(row)
      log(
        `  ${row.productOrders.toLocaleString('en-US').padStart(8)} product orders: write ${row.writeMs.without.toFixed(2)} → ${row.writeMs.with.toFixed(2)} ms (${(row.writeMs.with / row.writeMs.without).toFixed(2)}×), longest read ${row.longestReadMs.toFixed(1)} ms, restart ${Math.round(row.startMs.restart)} vs fresh ${Math.round(row.startMs.fresh)} ms (${(row.startMs.restart / row.startMs.fresh).toFixed(2)}×), RSS ${Math.round(row.rssMb.restart)} MB restarted vs ${Math.round(row.rssMb.inMemory)} MB seeded in memory, ${Math.round(row.bytesPerProductOrder).toLocaleString('en-US')} B/product order`,
      )
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return rows
}

/** The results table's rows for `--state-file` (none when the run had no persistence measurement). */
export function persistenceTable(rows: readonly PersistenceRow[] | undefined): string[] {
  if (!rows?.length) return []
  const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits })
  return [
    '',
    '| `--state-file` at | write without → with | ratio | longest read beside writes | restart vs fresh start | ratio | RSS restarted vs seeded in memory | on disk per product order |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${n(r.productOrders)} product orders | ${n(r.writeMs.without, 2)} → ${n(r.writeMs.with, 2)} ms | ${n(r.writeMs.with / r.writeMs.without, 2)}× | ${n(r.longestReadMs, 1)} ms | ${n(r.startMs.restart)} vs ${n(r.startMs.fresh)} ms | ${n(r.startMs.restart / r.startMs.fresh, 2)}× | ${n(r.rssMb.restart)} vs ${n(r.rssMb.inMemory)} MB | ${n(r.bytesPerProductOrder)} B |`,
    ),
  ]
}
