/**
 * Write latency of `--state-file` against the same sandbox without it, measured fairly on a shared
 * machine: one sandbox per configuration (seeded alike), written to in alternating blocks so that
 * whatever else the machine is doing slows every configuration alike, and no reader running beside the
 * timed writes (the longest read beside writes is its own phase). A write is one order placed through
 * the control plane (one order, one product order, one change-log row).
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import type { Sandbox } from '@npay-sandbox/mock-server'

export type Fetch = (r: Request) => Response | Promise<Response>
/** One timed operation. */
export type Operation = () => Promise<void>

/** Writes per block, and blocks per configuration (200 writes each, interleaved). */
const BLOCK = 20
const BLOCKS = 10

const order = () =>
  new Request('http://bench.test/__sandbox/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })

async function write(fetch: Fetch) {
  const res = await fetch(order())
  if (res.status !== 201) throw new Error(`bench: placing an order answered ${res.status}`)
}

/** Milliseconds of `count` operations in a row. */
async function timeBlock(operation: Operation, count: number): Promise<number> {
  const started = performance.now()
  for (let i = 0; i < count; i++) await operation()
  return performance.now() - started
}

/** A write through a sandbox's app. */
export const writeTo =
  (sandbox: Sandbox): Operation =>
  () =>
    write((r) => sandbox.app.request(r))

/**
 * What the disk alone costs, for reference: 8 KB appended to a file and `fsync`ed, in the folder of the
 * state files (a busy shared disk makes this, and so every durable commit, several times slower).
 */
export function fsyncProbe(path: string): { operation: Operation; close: () => void } {
  const fd = openSync(path, 'w')
  const page = Buffer.alloc(8192, 120)
  return {
    operation: async () => {
      writeSync(fd, page)
      fsyncSync(fd)
    },
    close: () => closeSync(fd),
  }
}

/**
 * Mean milliseconds per operation, by name, after a warm-up block each (which also folds a seeded
 * sandbox's first drain into its file, off the clock).
 * @example await interleavedWriteMs({ without: writeTo(a), with: writeTo(b) })
 */
export async function interleavedWriteMs<K extends string>(
  apps: Record<K, Operation>,
): Promise<Record<K, number>> {
  const names = Object.keys(apps) as K[]
  const totals = Object.fromEntries(names.map((n) => [n, 0])) as Record<K, number>
  for (const name of names) await timeBlock(apps[name], BLOCK)
  for (let block = 0; block < BLOCKS; block++) {
    // Rotate who goes first, so no configuration always follows the same one.
    for (let i = 0; i < names.length; i++) {
      const name = names[(block + i) % names.length]!
      totals[name] += await timeBlock(apps[name], BLOCK)
    }
  }
  for (const name of names) totals[name] /= BLOCK * BLOCKS
  return totals
}

/** The longest a health read waited while writes ran (one thread: a read waits for the write in front). */
export async function longestReadBesideWrites(fetch: Fetch): Promise<number> {
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
  await timeBlock(() => write(fetch), BLOCK * BLOCKS)
  writing = false
  await reader
  return longest
}

/** The request function of a sandbox's app. */
export const fetchOf =
  (sandbox: Sandbox): Fetch =>
  (r) =>
    sandbox.app.request(r)
