/** `--list`: every case with what it needs, and how many fixtures a full run against `sandbox` uses. */
import { fixtureCount, fixtureDemand } from './provider-states/fixture-demand.ts'
import type { Suite } from './suite.ts'

/**
 * Lines describing the cases and the fixtures a `sandbox` run with `--allow-mutations` consumes.
 * @example listCases(SUITES).forEach((line) => console.log(line))
 */
export function listCases(suites: readonly Suite[]): string[] {
  const lines: string[] = []
  for (const suite of suites) {
    lines.push(`${suite.id} — ${suite.title}`)
    for (const c of suite.cases) {
      const tags = [
        c.mutates ? 'changes state' : 'read-only',
        ...(c.requires ?? []).map((r) => `needs the emulator ${r}`),
        ...(c.needs ?? []).map((n) => `"${n}"`),
      ]
      lines.push(`  ${c.name}  [${tags.join('; ')}]`)
    }
  }
  lines.push('', 'Product orders a sandbox run with --allow-mutations uses, per provider state:')
  for (const [name, demand] of fixtureDemand(suites)) {
    lines.push(
      `  "${name}": ${fixtureCount(demand)}${demand.read && demand.changed > 0 ? ' (read-only cases share one)' : ''}`,
    )
  }
  return lines
}
