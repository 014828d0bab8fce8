import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { toCassette } from '../src/cassettes/cassette.ts'
import { compareWithCassettes } from '../src/drift/compare.ts'
import { renderDriftMarkdown } from '../src/drift/render-markdown.ts'
import { writeDriftReport } from '../src/drift/write-drift-report.ts'
import type { Exchange } from '../src/exchange/types.ts'
import type { CaseResult, RunReport } from '../src/runner/types.ts'
import { detailBody, exchange } from './exchanges.ts'

const NOW = Date.parse('2024-09-01T00:00:00.000Z')
const DAY = 86_400_000
const ID = '2024060712345678'
const target = {
  name: 'sandbox' as const,
  api: 'npay' as const,
  description: 'real sandbox',
  baseUrl: 'https://sandbox-api.pay.naver.com/npay/partner',
}

function result(id: string, exchanges: Exchange[]): CaseResult {
  return {
    id,
    suite: id.split('/')[0]!,
    name: id,
    operations: [],
    outcome: 'passed',
    dataDependent: false,
    exchanges,
    problems: [],
    durationMs: 1,
  }
}

function run(results: CaseResult[], at = NOW): RunReport {
  const when = new Date(at).toISOString()
  return {
    target,
    startedAt: when,
    finishedAt: when,
    results,
    summary: { passed: results.length, failed: 0, skipped: 0, unsupported: 0 },
  }
}

const approve = (status: number, body: unknown) =>
  exchange({
    operationId: 'approveReturn',
    path: `/v1/pay-order/mall/product-orders/${ID}/claim/return/approve`,
    status,
    responseBody: body,
  })

const recorded = [
  result('returns/same', [exchange({ responseBody: detailBody(ID) })]),
  result('returns/drifted', [
    exchange({
      responseBody: detailBody(ID, { claimStatus: 'RETURN_HELD', extra: { returnWindowDays: 7 } }),
    }),
    approve(400, {
      code: '4000',
      message: '잘못된 요청 파라미터',
      timestamp: '2024-06-07T19:00:00.000+09:00',
      traceId: 't',
    }),
  ]),
  result('returns/gone', [exchange({ responseBody: detailBody(ID) })]),
]
const replayed = [
  result('returns/same', [exchange({ responseBody: detailBody(ID) })]),
  result('returns/drifted', [
    exchange({ responseBody: detailBody(ID) }),
    approve(200, {
      timestamp: '2024-06-07T19:00:00.000+09:00',
      traceId: 't',
      data: { successProductOrderIds: [ID], failProductOrderInfos: [] },
    }),
  ]),
  result('returns/new', [exchange({ responseBody: detailBody(ID) })]),
]
const cassettes = [
  ...recorded.slice(0, 2).map((r) => toCassette(r, target, new Date(NOW - DAY).toISOString())),
  toCassette(recorded[2]!, target, new Date(NOW - 90 * DAY).toISOString()),
]
const drift = compareWithCassettes(cassettes, run(replayed), { now: NOW, maxAgeDays: 30 })
const byId = (id: string) => drift.cases.find((c) => c.id === id)

test('a case that answers the same on both sides has no differences', () => {
  expect(byId('returns/same')).toMatchObject({ status: 'compared', stale: false, differences: [] })
})

test('a changed status, an extra key, an unknown enum value and a changed error code are each reported by path', () => {
  const found = byId('returns/drifted')?.differences.map(
    ({ kind, operationId, exchange, path, recorded, replayed }) => ({
      kind,
      operationId,
      exchange,
      path,
      recorded,
      replayed,
    }),
  )
  expect(found).toEqual([
    {
      kind: 'key',
      operationId: 'queryProductOrders',
      exchange: 0,
      path: '/data/[]/productOrder/returnWindowDays',
      recorded: 'present',
      replayed: undefined,
    },
    {
      kind: 'enum',
      operationId: 'queryProductOrders',
      exchange: 0,
      path: '/data/[]/productOrder/claimStatus',
      recorded: 'RETURN_HELD',
      replayed: 'RETURN_REQUEST',
    },
    {
      kind: 'status',
      operationId: 'approveReturn',
      exchange: 1,
      path: undefined,
      recorded: '400',
      replayed: '200',
    },
    {
      kind: 'error-code',
      operationId: 'approveReturn',
      exchange: 1,
      path: undefined,
      recorded: '4000',
      replayed: '(none)',
    },
  ])
  expect(byId('returns/drifted')?.differences[1]?.message).toBe('values not in the document: RETURN_HELD')
})

test('a cassette older than the configured age is flagged stale', () => {
  expect(drift.stale).toEqual([
    { id: 'returns/gone', recordedAt: new Date(NOW - 90 * DAY).toISOString(), ageDays: 90 },
  ])
  expect(byId('returns/gone')?.stale).toBe(true)
})

test('cases on one side only are listed as not replayed or not recorded, never as drift', () => {
  expect(byId('returns/gone')).toMatchObject({ status: 'not-replayed', differences: [] })
  expect(byId('returns/new')).toMatchObject({ status: 'not-recorded', differences: [] })
  expect(drift.summary).toEqual({ compared: 2, withDrift: 1, differences: 4, stale: 1, notCompared: 2 })
})

test('differences are counted per operation', () => {
  const row = (id: string) => drift.operations.find((o) => o.operationId === id)?.differences
  expect(row('queryProductOrders')).toEqual({
    status: 0,
    'error-code': 0,
    key: 1,
    type: 0,
    enum: 1,
    sequence: 0,
  })
  expect(row('approveReturn')).toEqual({ status: 1, 'error-code': 1, key: 0, type: 0, enum: 0, sequence: 0 })
})

test('the Markdown report names every difference, the stale cassette and the uncompared cases', () => {
  const markdown = renderDriftMarkdown(drift)
  expect(markdown).toContain('**4 differences** in 1 of 2 compared cases.')
  expect(markdown).toContain('| approveReturn | 1 | 1 | 1 |  |  |  |  |')
  for (const text of [
    'returnWindowDays',
    'RETURN_HELD',
    'recorded: 400; replayed: 200',
    '## Stale cassettes',
    'returns/new',
  ]) {
    expect(markdown).toContain(text)
  }
})

test('the report is written as drift.json and drift.md', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'npay-drift-'))
  try {
    const { json, markdown } = await writeDriftReport(dir, drift)
    expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(drift)
    expect(await readFile(markdown, 'utf8')).toBe(renderDriftMarkdown(drift))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('fields the docs give only some orders (tel2, pick-up notes, coupons) differ between orders without drift', () => {
  const some = { extra: { groupProductId: 1234567890, appliedCoupons: [], deliveryTagType: 'TODAY' } }
  const cassette = toCassette(
    result('orders/data', [exchange({ responseBody: detailBody(ID, some) })]),
    target,
    new Date(NOW - DAY).toISOString(),
  )
  const replay = run([result('orders/data', [exchange({ responseBody: detailBody(ID) })])])
  const found = compareWithCassettes([cassette], replay, { now: NOW, maxAgeDays: 30 }).cases[0]
  expect(found?.differences).toEqual([])
})
