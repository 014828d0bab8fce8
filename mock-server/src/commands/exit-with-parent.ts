/**
 * A server started by a package manager (`npx npay-sandbox start`, `pnpm start`) ends with it. Killing the
 * package manager, even with SIGKILL, does not reach its child, which would keep the port; the child sees
 * its parent change instead (it is adopted by init or a subreaper). A server started directly
 * (`node dist/cli.js start &`, the single executable) is left alone: CI recipes start it in a step whose
 * shell then exits.
 */

/** How often the parent is checked. */
export const PARENT_CHECK_MS = 500

/**
 * Whether a package manager launched this process: npm, npx, pnpm and yarn set these for what they run.
 * @example launchedByPackageManager(process.env) // true under `pnpm start`
 */
export function launchedByPackageManager(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.npm_execpath || env.npm_lifecycle_event || env.npm_command)
}

/**
 * Calls `onExit` once when the process that started this one is gone. The check never keeps the process
 * alive by itself. Returns a function that stops watching.
 * @example const unwatch = whenParentExits(stop)
 */
export function whenParentExits(onExit: () => void, everyMs = PARENT_CHECK_MS): () => void {
  const parent = process.ppid
  const timer = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(timer)
    onExit()
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
