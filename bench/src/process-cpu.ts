/**
 * CPU time of a process that is not one of our IPC children (Prism), read from Linux's /proc, so its
 * CPU per request is measured the same way as the emulator's.
 */
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'

let ticksPerSecond: number | undefined

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout
    ticksPerSecond = Number(out?.trim()) || 100
  }
  return ticksPerSecond
}

/**
 * User + system CPU the process has used so far, microseconds; NaN where /proc is not there.
 * @example const before = await processCpuMicros(child.pid!)
 */
export async function processCpuMicros(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  if (!stat) return Number.NaN
  // Fields after the command name, which is in parentheses and may contain spaces: utime is the 14th
  // field of the line, stime the 15th, i.e. the 12th and 13th after the closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks / clockTicks()) * 1e6
}
