/**
 * `--state-file` (docs/decisions/0004-durable-state.md) at several sandbox sizes: what a write costs with
 * the database (`--state-sync full`, the default, and `normal`) and without it, how long a read running
 * beside the writes waits at most, how long a restart takes against a fresh start of the same CLI, the
 * memory of a process holding the sandbox with and without the file, and the bytes on disk per product
 * order. Writes and reads run in this process through `app.request` (persistence-writes.ts); starts and
 * memory readings are child processes.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSandbox, type Sandbox } from '@npay-sandbox/mock-server'
import {
  fetchOf,
  fsyncProbe,
  interleavedWriteMs,
  longestReadBesideWrites,
  writeTo,
} from './persistence-writes.ts'
import { seedTenant } from './seed.ts'

export interface PersistenceRow {
  productOrders: number
  /** Mean milliseconds of one write (an order placed through the control plane), interleaved. */
  writeMs: { without: number; with: number; normal?: number }
  /** Mean milliseconds of 8 KB appended and fsynced beside the state files, interleaved with the writes. */
  fsyncMs?: number
  /** The longest a read (health) running beside the writes took, with persistence (`full`). */
  longestReadMs: number
  /** Milliseconds from spawn to the banner: restart with the file, fresh start without (medians). */
  startMs: { restart: number; fresh: number }
  /**
   * Resident memory (MB) of the restarted server at its banner, and of this process with the sandbox in
   * memory; `seeded` (when measured) is a child holding the seeded sandbox after a GC, without and with
   * the file attached.
   */
  rssMb: { restart: number; inMemory: number; seeded?: { without: number; with: number; restarted: number } }
  bytesPerProductOrder: number
}

const STARTS = 3
const CLI = fileURLToPath(new URL('../../mock-server/bin/npay-sandbox.mjs', import.meta.url))
const MEMORY_CHILD = fileURLToPath(new URL('./persistence-memory.ts', import.meta.url))
const SIZE_CHILD = fileURLToPath(new URL('./persistence-size.ts', import.meta.url))

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

/** A seeded sandbox, with the file attached before seeding when `stateFile` is given. */
function seeded(productOrders: number, stateFile?: string, stateSync?: 'full' | 'normal'): Sandbox {
  const sandbox = createSandbox({
    seed: 1,
    clock: 'frozen',
    ...(stateFile ? { stateFile, ...(stateSync ? { stateSync } : {}) } : {}),
  })
  seedTenant(sandbox.engine, sandbox.engine.tenant(), { productOrders, itemsPerOrder: 2, depth: 'lifecycle' })
  return sandbox
}

/** Memory of a child holding the sandbox after a forced GC (persistence-memory.ts). */
function memoryChild(mode: 'memory' | 'file' | 'restart', size: number, file: string): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', MEMORY_CHILD, mode, String(size), file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    },
  )
  let out = ''
  child.stdout!.on('data', (d: Buffer) => {
    out += d
  })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{'))
        return reject(new Error(`bench: memory child ${mode} exited ${code}: ${out}`))
      resolve((JSON.parse(line) as { rssMb: number }).rssMb)
    })
  })
}

/**
 * One size, measured in this process (persistence-size.ts runs it in a child with room for three sandboxes).
 * @example await measureSize(25_000, mkdtempSync(join(tmpdir(), 'x-')), true)
 */
export async function measureSize(
  productOrders: number,
  folder: string,
  memory: boolean,
): Promise<PersistenceRow> {
  const file = join(folder, `state-${productOrders}.db`)
  const without = seeded(productOrders)
  const inMemory = process.memoryUsage().rss / 2 ** 20
  const full = seeded(productOrders, file)
  const normal = seeded(productOrders, join(folder, `normal-${productOrders}.db`), 'normal')
  const probe = fsyncProbe(join(folder, 'fsync-probe'))
  const { fsync: fsyncMs, ...writeMs } = await interleavedWriteMs({
    without: writeTo(without),
    with: writeTo(full),
    normal: writeTo(normal),
    fsync: probe.operation,
  })
  probe.close()
  rmSync(join(folder, 'fsync-probe'), { force: true })
  const longestReadMs = await longestReadBesideWrites(fetchOf(full))
  const count = full.engine.tenant().counts().productOrders
  for (const sandbox of [without, full, normal]) await sandbox.close()
  rmSync(join(folder, `normal-${productOrders}.db`), { force: true })
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
  const row: PersistenceRow = {
    productOrders: count,
    writeMs,
    fsyncMs,
    longestReadMs,
    startMs: { restart: median(restart), fresh: median(fresh) },
    rssMb: { restart: restartRss, inMemory },
    bytesPerProductOrder: bytes / count,
  }
  if (memory) {
    const other = join(folder, `memory-${productOrders}.db`)
    row.rssMb.seeded = {
      without: await memoryChild('memory', productOrders, other),
      with: await memoryChild('file', productOrders, other),
      restarted: await memoryChild('restart', productOrders, other),
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(other + suffix, { force: true })
  }
  return row
}

/**
 * One size in a child process: three seeded sandboxes of 100,000 product orders (~1.7 GB each) do not
 * fit the default heap, and a fresh process per size keeps one size's garbage out of the next.
 */
function sizeChild(size: number, folder: string, memory: boolean): Promise<PersistenceRow> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--max-old-space-size=12288', SIZE_CHILD, String(size), folder, String(memory)],
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: fileURLToPath(new URL('..', import.meta.url)) },
  )
  let out = ''
  child.stdout!.on('data', (d: Buffer) => {
    out += d
  })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{'))
        return reject(new Error(`bench: --state-file at ${size} exited ${code}: ${out}`))
      resolve(JSON.parse(line) as PersistenceRow)
    })
  })
}

/** Sizes up to this also get the memory children (three more seeds or loads each). */
const MEMORY_UP_TO = 30_000

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits })
const ratio = (a: number, b: number) => `${n(a / b, 2)}×`

/** One line of the log per size. */
function summary(r: PersistenceRow): string {
  const { writeMs: w, rssMb: m } = r
  const normal = w.normal === undefined ? '' : `, normal ${n(w.normal, 2)} ms (${ratio(w.normal, w.without)})`
  const seededRss = m.seeded
    ? `; child RSS ${n(m.seeded.without)} MB without, ${n(m.seeded.with)} MB with the file, ${n(m.seeded.restarted)} MB restarted`
    : ''
  const fsync = r.fsyncMs === undefined ? '' : `, fsync of 8 KB ${n(r.fsyncMs, 2)} ms`
  return `  ${n(r.productOrders).padStart(8)} product orders: write ${n(w.without, 2)} → full ${n(w.with, 2)} ms (${ratio(w.with, w.without)})${normal}${fsync}, longest read ${n(r.longestReadMs, 1)} ms, restart ${n(r.startMs.restart)} vs fresh ${n(r.startMs.fresh)} ms (${ratio(r.startMs.restart, r.startMs.fresh)}), RSS ${n(m.restart)} MB restarted CLI${seededRss}, ${n(r.bytesPerProductOrder)} B/product order`
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
      const row = await sizeChild(size, folder, size <= MEMORY_UP_TO)
      rows.push(row)
      log(summary(row))
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return rows
}

/** The results table's rows for `--state-file` (none when the run had no persistence measurement). */
export function persistenceTable(rows: readonly PersistenceRow[] | undefined): string[] {
  if (!rows?.length) return []
  return [
    '',
    '| `--state-file` at | write without → full / normal | ratio full / normal | fsync of 8 KB | longest read beside writes | restart vs fresh start | ratio | RSS without → with file → restarted | on disk per product order |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const { writeMs: w, rssMb: m } = r
      const normal = w.normal === undefined ? '–' : n(w.normal, 2)
      const normalRatio = w.normal === undefined ? '–' : ratio(w.normal, w.without)
      const rss = m.seeded
        ? `${n(m.seeded.without)} → ${n(m.seeded.with)} → ${n(m.seeded.restarted)} MB`
        : `– → – → ${n(m.restart)} MB (CLI)`
      const fsync = r.fsyncMs === undefined ? '–' : `${n(r.fsyncMs, 2)} ms`
      return `| ${n(r.productOrders)} product orders | ${n(w.without, 2)} → ${n(w.with, 2)} / ${normal} ms | ${ratio(w.with, w.without)} / ${normalRatio} | ${fsync} | ${n(r.longestReadMs, 1)} ms | ${n(r.startMs.restart)} vs ${n(r.startMs.fresh)} ms | ${ratio(r.startMs.restart, r.startMs.fresh)} | ${rss} | ${n(r.bytesPerProductOrder)} B |`
    }),
  ]
}
