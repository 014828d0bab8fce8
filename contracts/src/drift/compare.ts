/**
 * Compares recorded cassettes with a replay of the same suites: case by case, exchange by exchange, after
 * scrubbing the replay exactly as the recording was scrubbed. Token requests are compared only in the
 * token suite, since a target may reuse one token across cases.
 */
import type { Cassette } from '../cassettes/cassette.ts'
import { scrubExchanges } from '../cassettes/scrubber.ts'
import type { Exchange } from '../exchange/types.ts'
import type { CaseResult, RunReport } from '../runner/types.ts'
import { compareExchange } from './compare-exchange.ts'
import { summariseOperations } from './summarise.ts'
import { type CaseComparison, type Difference, DRIFT_FORMAT, type DriftReport } from './types.ts'

const DAY_MS = 86_400_000
/** Cassettes older than this many days are flagged stale unless told otherwise. */
export const DEFAULT_MAX_AGE_DAYS = 30

export interface CompareOptions {
  /** Default {@link DEFAULT_MAX_AGE_DAYS}. */
  maxAgeDays?: number
  /** Default: `Date.now()`. */
  now?: number
}

/** The exchanges of a case that take part in a comparison. */
export function comparable(suite: string, exchanges: readonly Exchange[]): Exchange[] {
  return suite === 'tokens' ? [...exchanges] : exchanges.filter((e) => e.operationId !== 'issueToken')
}

/**
 * Builds the drift report of a replay against recorded cassettes.
 * @example
 * const report = await runContracts({ target: await createInprocessTarget() })
 * const drift = compareWithCassettes(await readCassettes('cassettes'), report, { maxAgeDays: 14 })
 */
export function compareWithCassettes(
  cassettes: readonly Cassette[],
  replay: RunReport,
  options: CompareOptions = {},
): DriftReport {
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS
  const now = options.now ?? Date.now()
  const byId = new Map(replay.results.map((r) => [r.id, r]))
  const ageDays = (c: Cassette) => Math.floor((now - Date.parse(c.recordedAt)) / DAY_MS)
  const cases: CaseComparison[] = cassettes.map((c) =>
    compareCase(c, byId.get(c.id), ageDays(c) > maxAgeDays),
  )
  const recordedIds = new Set(cassettes.map((c) => c.id))
  for (const result of replay.results) {
    if (recordedIds.has(result.id)) continue
    cases.push({
      id: result.id,
      status: 'not-recorded',
      replayedOutcome: result.outcome,
      stale: false,
      dataDependent: result.dataDependent,
      differences: [],
    })
  }
  const differences = cases.flatMap((c) => c.differences)
  const dates = cassettes.map((c) => c.recordedAt).sort()
  const stale = cassettes
    .filter((c) => ageDays(c) > maxAgeDays)
    .map((c) => ({ id: c.id, recordedAt: c.recordedAt, ageDays: ageDays(c) }))
  return {
    format: DRIFT_FORMAT,
    generatedAt: new Date(now).toISOString(),
    recorded: {
      targets: uniqueTargets(cassettes),
      ...(dates.length > 0 ? { oldest: dates[0], newest: dates[dates.length - 1] } : {}),
    },
    replayed: { name: replay.target.name, baseUrl: replay.target.baseUrl },
    maxAgeDays,
    operations: summariseOperations(cassettes, differences),
    cases,
    recordedProblems: cassettes.flatMap((c) =>
      c.exchanges.flatMap((e) =>
        e.problems.map((p) => ({
          caseId: c.id,
          operationId: e.operationId ?? '(unknown)',
          status: e.status,
          path: p.path,
          kind: p.kind,
          message: p.message,
        })),
      ),
    ),
    stale,
    summary: {
      compared: cases.filter((c) => c.status === 'compared').length,
      withDrift: cases.filter((c) => c.differences.length > 0).length,
      differences: differences.length,
      stale: stale.length,
      notCompared: cases.filter((c) => c.status !== 'compared').length,
    },
  }
}

function compareCase(cassette: Cassette, replayed: CaseResult | undefined, stale: boolean): CaseComparison {
  const base = {
    id: cassette.id,
    recordedOutcome: cassette.outcome,
    recordedAt: cassette.recordedAt,
    stale,
    dataDependent: cassette.dataDependent,
  }
  if (!replayed)
    return {
      ...base,
      status: 'not-replayed',
      note: 'no such case in this version of the suites',
      differences: [],
    }
  if (replayed.outcome === 'skipped') {
    return {
      ...base,
      status: 'replay-skipped',
      replayedOutcome: 'skipped',
      ...(replayed.reason ? { note: replayed.reason } : {}),
      differences: [],
    }
  }
  const recorded = comparable(cassette.suite, cassette.exchanges)
  const replay = comparable(replayed.suite, scrubExchanges(replayed.exchanges))
  const differences: Difference[] = []
  const pairs = Math.min(recorded.length, replay.length)
  for (let i = 0; i < pairs; i++) {
    for (const d of compareExchange(recorded[i]!, replay[i]!, cassette.dataDependent))
      differences.push({ ...d, caseId: cassette.id, exchange: i })
  }
  if (recorded.length !== replay.length && !cassette.dataDependent) {
    const ops = (list: Exchange[]) => list.map((e) => e.operationId ?? e.path).join(' → ') || '(none)'
    differences.push({
      caseId: cassette.id,
      operationId: (recorded[pairs] ?? replay[pairs])?.operationId ?? '(unknown)',
      exchange: pairs,
      kind: 'sequence',
      recorded: ops(recorded),
      replayed: ops(replay),
      message: `${recorded.length} exchanges recorded, ${replay.length} replayed`,
    })
  }
  return {
    ...base,
    status: 'compared',
    replayedOutcome: replayed.outcome,
    ...(replayed.reason ? { note: replayed.reason } : {}),
    differences,
  }
}

function uniqueTargets(cassettes: readonly Cassette[]) {
  const seen = new Map<string, Cassette['target']>()
  for (const c of cassettes) seen.set(`${c.target.name} ${c.target.baseUrl}`, c.target)
  return [...seen.values()]
}
