/**
 * CPU profiles of one measurement: the parent starts the sampler just before a timed run and stops it
 * right after, so a profile holds the load of one endpoint and nothing of seeding or module loading.
 */
import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'

/** Sampling interval, µs: fine enough for requests of a few hundred µs. */
const INTERVAL_MICROS = 200

let session: Session | undefined

export async function startProfile(): Promise<void> {
  session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: INTERVAL_MICROS })
  await session.post('Profiler.start')
}

/** Writes the profile (`.cpuprofile`, as Chrome DevTools opens it) to `file`. */
export async function stopProfile(file: string): Promise<void> {
  if (!session) throw new Error('bench: stopProfile without startProfile')
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  session = undefined
  await writeFile(file, JSON.stringify(profile))
}
