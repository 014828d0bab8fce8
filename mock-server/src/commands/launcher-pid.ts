/**
 * The process that launched this one. Package managers run a bin through a shell (`pnpm start` is
 * pnpm → `sh -c "npay-sandbox start"` → node), and killing the package manager leaves that shell alive
 * as our parent, so the parent alone says nothing: the launcher is the nearest ancestor that is not a shell.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'fish', 'busybox'])
/** A shell of a shell of a shell is already unusual; stop looking after that. */
const MAX_HOPS = 4

interface ProcessInfo {
  ppid: number
  name: string
  /** `Z` for a zombie: dead, only not yet reaped (Linux only). */
  state?: string
}

/** The parent and the program name of a process, or undefined when it cannot be read (or on Windows). */
export function processInfo(pid: number): ProcessInfo | undefined {
  if (process.platform === 'win32') return undefined
  if (process.platform === 'linux') {
    try {
      // `pid (comm) state ppid …`, where comm may itself contain spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const end = stat.lastIndexOf(')')
      const [state, ppid] = stat.slice(end + 2).split(' ')
      return { ppid: Number(ppid), name: stat.slice(stat.indexOf('(') + 1, end), state: state! }
    } catch {
      return undefined
    }
  }
  const ps = spawnSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8' })
  const match = /^\s*(\d+)\s+(.+?)\s*$/.exec(ps.stdout ?? '')
  return match ? { ppid: Number(match[1]), name: basename(match[2]!) } : undefined
}

/**
 * The nearest ancestor that is not a shell (a login shell's `-bash` counts as a shell).
 * @example launcherPid() // the pid of pnpm under `pnpm start`, of npm under `npx npay-sandbox start`
 */
export function launcherPid(): number {
  let pid = process.ppid
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const info = processInfo(pid)
    if (!info || !SHELLS.has(info.name.replace(/^-/, '')) || info.ppid <= 1) return pid
    pid = info.ppid
  }
  return pid
}
