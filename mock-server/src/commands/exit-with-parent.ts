/**
 * A server started by a package manager (`npx npay-sandbox start`, `pnpm start`) ends with it. Killing the
 * package manager, even with SIGKILL, does not reach its child, which would keep the port: the child
 * checks that the package manager (the nearest ancestor that is not a shell) still exists. Only that
 * process counts, not the shells between: the npm variables are inherited, so a script run under `npm test`
 * that starts the server in the background from a shell and returns (a CI step, the GitHub Action) must
 * not take the server with it. A server started directly (`node dist/cli.js start &`, the single
 * executable) is left alone.
 */
import { launcherPid, processInfo } from './launcher-pid.ts'

/** How often the launcher is checked. */
export const PARENT_CHECK_MS = 500

/**
 * Whether a package manager launched this process: npm, npx, pnpm and yarn set these for what they run.
 * @example launchedByPackageManager(process.env) // true under `pnpm start`
 */
export function launchedByPackageManager(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.npm_execpath || env.npm_lifecycle_event || env.npm_command)
}

function exists(pid: number): boolean {
  // Linux says whether it is a zombie, a killed process its own parent has not reaped yet.
  const info = process.platform === 'linux' ? processInfo(pid) : undefined
  if (info) return info.state !== 'Z'
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Calls `onExit` once when the process that launched this one is gone. The check never keeps the process
 * alive by itself. Returns a function that stops watching.
 * @example const unwatch = whenLauncherExits(stop)
 */
export function whenLauncherExits(onExit: () => void, everyMs = PARENT_CHECK_MS): () => void {
  const launcher = launcherPid()
  const timer = setInterval(() => {
    if (exists(launcher)) return
    clearInterval(timer)
    onExit()
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
