/** Differences counted per operation, for the table at the top of the drift report. */
import type { Cassette } from '../cassettes/cassette.ts'
import type { Difference, DifferenceKind, OperationDrift } from './types.ts'

const KINDS: readonly DifferenceKind[] = ['status', 'error-code', 'key', 'type', 'enum', 'sequence']

/**
 * One row per operation seen in the cassettes or the differences, sorted by operationId.
 * @example summariseOperations(cassettes, differences)[0] // { operationId: 'approveCancel', cases: 2, differences: { status: 0, … } }
 */
export function summariseOperations(
  cassettes: readonly Cassette[],
  differences: readonly Difference[],
): OperationDrift[] {
  const rows = new Map<string, { cases: Set<string>; differences: Record<DifferenceKind, number> }>()
  const row = (operationId: string) => {
    let found = rows.get(operationId)
    if (!found) {
      found = {
        cases: new Set(),
        differences: Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<DifferenceKind, number>,
      }
      rows.set(operationId, found)
    }
    return found
  }
  for (const cassette of cassettes) {
    for (const exchange of cassette.exchanges) row(exchange.operationId ?? '(unknown)').cases.add(cassette.id)
  }
  for (const d of differences) row(d.operationId).differences[d.kind] += 1
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([operationId, r]) => ({ operationId, cases: r.cases.size, differences: r.differences }))
}

/** Every difference kind, in report order. */
export const DIFFERENCE_KINDS = KINDS
