/** Where this package's CLI script is, so a child process can run the same emulator. */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isSea } from './commands/sea.ts'

/** dist/cli.js beside the built modules; bin/ in the workspace. */
const CANDIDATES = ['./cli.js', '../bin/npay-sandbox.mjs']

/**
 * The program and script that run this package's CLI; undefined inside the single executable.
 * @example packageCli() // [process.execPath, '/…/node_modules/npay-sandbox/dist/cli.js']
 */
export function packageCli(): string[] | undefined {
  if (isSea()) return undefined
  for (const candidate of CANDIDATES) {
    const file = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(file)) return [process.execPath, file]
  }
  return undefined
}
