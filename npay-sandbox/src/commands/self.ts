/**
 * How this CLI starts itself again as a child process: the single executable is its own program; under
 * Node the program is node and the script this process was started with.
 */
import { isSea } from './sea.ts'

/**
 * The program and arguments that run this CLI.
 * @example spawn(...selfCommand(), 'start') // node /…/dist/cli.js start
 */
export function selfCommand(): string[] {
  if (isSea()) return [process.execPath]
  const script = process.argv[1]
  return script ? [process.execPath, ...process.execArgv, script] : [process.execPath]
}
