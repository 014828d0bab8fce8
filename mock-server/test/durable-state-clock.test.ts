/**
 * The clock mode is the server's configuration, not part of the saved state: a restart (or an import)
 * keeps each merchant's virtual instant and runs it in the mode the server was started with — `flowing`
 * unless `clock` says otherwise, as on a fresh start (README, Persistence; docs/decisions/0004). A
 * frozen test sandbox restoring a state saved by a flowing server therefore stays frozen, at the saved
 * instant, and a flowing server restoring a frozen one flows on from it.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { createSandbox } from '../src/index.ts'

const START = Date.UTC(2024, 4, 15, 1)
const HOUR = 3_600_000

/** A wall clock the test moves by hand. */
function wall(at: number) {
  const clock = { now: at, read: () => clock.now }
  return clock
}

async function virtualNow(sandbox: ReturnType<typeof createSandbox>): Promise<number> {
  const res = await sandbox.app.request('http://emulator.test/__sandbox/clock')
  return ((await res.json()) as { epochMillis: number }).epochMillis
}

const file = () => join(mkdtempSync(join(tmpdir(), 'npay-clock-')), 'state.db')

test('a frozen sandbox restoring a state saved by a flowing one stays frozen at the saved instant', async () => {
  const path = file()
  const w = wall(START)
  const flowing = createSandbox({ stateFile: path, startTime: START, wallClock: w.read })
  await flowing.app.request('http://emulator.test/__sandbox/orders', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  w.now += 2 * HOUR
  const saved = await virtualNow(flowing)
  expect(saved).toBe(START + 2 * HOUR)
  await flowing.close()

  w.now += 5 * HOUR
  const frozen = createSandbox({ stateFile: path, clock: 'frozen', wallClock: w.read })
  // Frozen at the instant of the last request (the clock read), whatever the wall clock does since.
  expect(await virtualNow(frozen)).toBe(saved)
  w.now += HOUR
  expect(await virtualNow(frozen)).toBe(saved)
  await frozen.close()
})

test('without a clock option a restored sandbox flows, as a fresh one does, from the saved instant', async () => {
  const path = file()
  const w = wall(START)
  const frozen = createSandbox({ stateFile: path, clock: 'frozen', startTime: START, wallClock: w.read })
  await frozen.app.request('http://emulator.test/__sandbox/clock/advance', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ by: '3h' }),
  })
  expect(await virtualNow(frozen)).toBe(START + 3 * HOUR)
  await frozen.close()

  w.now += 10 * HOUR
  const restarted = createSandbox({ stateFile: path, wallClock: w.read })
  expect(await virtualNow(restarted)).toBe(START + 3 * HOUR)
  w.now += HOUR
  expect(await virtualNow(restarted)).toBe(START + 4 * HOUR)
  await restarted.close()
})
