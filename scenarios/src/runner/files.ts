/**
 * Turns command-line arguments into scenario files: files as given, directories searched for *.yaml
 * and *.yml, and glob patterns (`scenarios/**\/*.yaml`) expanded here when the shell did not.
 */
import { readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

const SCENARIO_RE = /\.ya?ml$/

function walk(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(path))
    else if (SCENARIO_RE.test(entry.name)) out.push(path)
  }
  return out
}

/** `**` any depth, `*` within one segment, `?` one character. */
function globRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += pattern[i + 2] === '/' ? 2 : 1
    } else if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/**
 * Scenario file paths for the arguments, each once, in argument order (sorted within a directory).
 * @example scenarioFiles(['scenarios/examples']) // ['scenarios/examples/cancel-approved.yaml', …]
 */
export function scenarioFiles(args: readonly string[], cwd = process.cwd()): string[] {
  const out: string[] = []
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      const base = arg.slice(0, arg.search(/[*?]/)).replace(/[^/]*$/, '') || '.'
      const re = globRegExp(arg.split(sep).join('/'))
      out.push(
        ...walk(resolve(cwd, base))
          .map((p) => relative(cwd, p).split(sep).join('/'))
          .filter((p) => re.test(p))
          .sort(),
      )
    } else if (statSync(resolve(cwd, arg), { throwIfNoEntry: false })?.isDirectory()) {
      const shown = (p: string) => (isAbsolute(arg) ? p : relative(cwd, p))
      out.push(...walk(resolve(cwd, arg)).map(shown).sort())
    } else out.push(arg)
  }
  return [...new Set(out)]
}
