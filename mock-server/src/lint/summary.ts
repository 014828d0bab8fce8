/** The lint summary `npay-sandbox start` prints when it stops: per merchant, each rule once with its advice. */
import type { Engine } from '@npay-sandbox/engine'
import { lintLogOf } from './findings.ts'

/**
 * Plain-text summary of every merchant's lint findings.
 * @example console.log(lintSummary(sandbox.engine)) // 'client lint: no findings'
 */
export function lintSummary(engine: Engine): string {
  const lines: string[] = []
  for (const merchant of engine.merchants()) {
    const tenant = engine.findTenant(merchant.clientId)
    const summary = tenant ? lintLogOf(tenant).summary() : []
    if (summary.length === 0) continue
    lines.push(`  ${merchant.clientId}`)
    for (const { rule, count, advice } of summary) lines.push(`    ${rule} ×${count}\n      ${advice}`)
  }
  if (lines.length === 0) return 'client lint: no findings'
  return `client lint: what the real gateway would penalise or what would break in production\n${lines.join('\n')}\n  (details: GET /__sandbox/lint?clientId=…)`
}
